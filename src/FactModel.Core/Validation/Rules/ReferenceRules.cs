using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Core.Kinds;
using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>
/// FM2001 (a reference to no fact, with the nearest id as a suggestion) and FM2002 (a reference to a fact of the
/// wrong section), one file at a time against the <see cref="DefinitionIndex"/>: a file's references depend only on
/// that file and on the ids, so an edit re-checks the edited file alone.
/// </summary>
public static class ReferenceRules
{
    /// <summary>Checks the references of the definitions in <paramref name="file"/>.</summary>
    public static List<FactDiagnostic> Check(ParsedFactFile file, DefinitionIndex index, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<FactDiagnostic>();
        var references = new List<FieldReference>();
        foreach (var fact in DefinitionOrder.FirstOfEachId(DefinitionOrder.InFile(file)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A duplicate is reported by the id rules; its references are not checked, as they are not in the model.
            if (index.IsDefinitionIn(fact.Id, file.FilePath)) CheckFact(file.FilePath, fact, index, references, diagnostics);
        }
        return diagnostics;
    }

    private static void CheckFact(string path, FactSpec fact, DefinitionIndex index, List<FieldReference> references, List<FactDiagnostic> diagnostics)
    {
        references.Clear();
        fact.CollectReferences(references);
        // What each key may point to is the kind its declaration names; "fact" (a figure's 'about') is any fact.
        foreach (var (field, r) in references)
        {
            if (!index.TryGet(r.Id, out var target))
            {
                string? nearest = ScalarForms.Nearest(r.Id, index.Ids);
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.UnresolvedReference, path, r.Span, Subject.Of(fact.Id), field.Key, r.Id,
                    nearest is null ? "" : $" (did you mean '{nearest}'?)"));
            }
            else if (SectionOf(field.Kind!) is { } section && target.Section != section
                && !(field.OrKind is { } orKind && SectionOf(orKind) == target.Section))
            {
                // A share's whole is a figure or, when the text does not count it, an actor (the declaration's OrKind).
                string wanted = KindCatalog.WithArticle(field.Kind!) + (field.OrKind is { } other ? " or " + KindCatalog.WithArticle(other) : "");
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.WrongKind, path, r.Span, Subject.Of(fact.Id), field.Key,
                    wanted, r.Id, Describe(target.Section)));
            }
            else if (field.Cycles == CycleRule.NotToItself && r.Id == fact.Id)
            {
                // The cycle rules follow the keys whose references may never loop; a key that only may not point
                // back at its own fact (a role of oneself) is checked here, with the fact at hand.
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.Cycle, path, r.Span, Subject.Of(fact.Id), field.Key, $"{fact.Id} -> {fact.Id}"));
            }
        }
    }

    private static readonly KindCatalog Kinds = BuiltInKinds.Catalog;

    /// <summary>For each kind a reference may name, the section its facts are in; null for "fact" (any). Worked out once.</summary>
    private static readonly Dictionary<string, FactSection?> SectionsOfKinds = Kinds.Kinds.ToDictionary(k => k.Id, k => ToSection(Kinds.SectionOf(k)));

    private static FactSection? SectionOf(string kindId) => SectionsOfKinds[kindId];

    // Documents are not facts: no reference names them, and they have no FactSection.
    private static FactSection? ToSection(string? section) =>
        section is not null && System.Enum.TryParse<FactSection>(Kebab.ToPascalCase(section), out var parsed) ? parsed : null;

    /// <summary>A section's facts as messages name them: "an actor", "a place".</summary>
    private static string Describe(FactSection section) => KindCatalog.WithArticle(Kinds.KindOfSection(Kebab.FromPascalCase(section.ToString())).Id);
}
