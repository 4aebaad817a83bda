using System.Collections.Generic;
using System.Linq;
using FactModel.Core.Kinds;
using FactModel.Specs;

namespace FactModel.Cli.Facts;

/// <summary>
/// The fields a project declared that a fact has (a politician's <c>party</c>, a casualty report's <c>killed</c>),
/// each with the value written for it. Which fields a kind has, their keys, types and order, are read from the
/// kind's declaration (<see cref="KindCatalog.DeclaredFieldsOf"/>); the values from the parsed fact. Every output of
/// the tool reads them here, so none of them knows a declared kind by name.
/// </summary>
internal static class DeclaredFields
{
    /// <summary>
    /// Every declared field of <paramref name="fact"/>'s kind, the bases' first, with its value (null when the YAML
    /// leaves it out); none for a fact of a built-in kind.
    /// </summary>
    public static IReadOnlyList<(FieldDeclaration Field, FieldValue? Value)> Of(FactSpec fact, KindCatalog kinds)
    {
        if (fact.DeclaredKind is not { } declared || !kinds.TryGet(declared.Id, out var kind)) return [];
        return kinds.DeclaredFieldsOf(kind).Select(field => (field, ValueOf(fact, field))).ToList();
    }

    /// <summary>
    /// The fields added to <paramref name="fact"/>'s built-in kind (no typed spec holds them:
    /// <see cref="KindCatalog.UntypedFieldsOf"/>), each with its value, null when the YAML leaves it out.
    /// </summary>
    public static IReadOnlyList<(FieldDeclaration Field, FieldValue? Value)> AddedOf(FactSpec fact, KindCatalog kinds) =>
        kinds.UntypedFieldsOf(fact.BuiltInDeclaration).Select(field => (field, ValueOf(fact, field))).ToList();

    /// <summary>The value written for <paramref name="field"/>, or null.</summary>
    public static FieldValue? ValueOf(FactSpec fact, FieldDeclaration field) =>
        fact.DeclaredValues.FirstOrDefault(v => v.Field.Key == field.Key && !v.Items.IsEmpty);

    /// <summary>
    /// The value of the field people know a fact of a declared kind by (<see cref="KindCatalog.DisplayFieldOf"/>),
    /// or null when its kind has none or the fact leaves it out.
    /// </summary>
    public static string? DisplayNameOf(FactSpec fact, KindCatalog kinds) =>
        fact.DeclaredKind is { } declared && kinds.TryGet(declared.Id, out var kind) && kinds.DisplayFieldOf(kind) is { } field
            ? ValueOf(fact, field)?.Items[0].Text
            : null;

    /// <summary>The kind that owns the section a fact of a declared section is written in: casualty-report for a hostage report.</summary>
    public static string SectionKindOf(DeclaredFactSpec fact, KindCatalog kinds) =>
        kinds.SectionKinds.FirstOrDefault(k => k.Section == fact.SectionName)?.Id ?? fact.Declaration.Id;
}
