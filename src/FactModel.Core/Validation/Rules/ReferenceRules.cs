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
    /// <param name="kinds">The kinds facts may be of, the project's own too; the built-in kinds when null.</param>
    public static List<FactDiagnostic> Check(ParsedFactFile file, DefinitionIndex index, KindCatalog? kinds = null, CancellationToken cancellationToken = default)
    {
        kinds ??= BuiltInKinds.Catalog;
        var diagnostics = new List<FactDiagnostic>();
        var references = new List<FieldReference>();
        foreach (var fact in DefinitionOrder.FirstOfEachId(DefinitionOrder.InFile(file)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A duplicate is reported by the id rules; its references are not checked, as they are not in the model.
            if (index.IsDefinitionIn(fact.Id, file.FilePath)) CheckFact(file.FilePath, fact, index, kinds, references, diagnostics);
        }
        return diagnostics;
    }

    private static void CheckFact(string path, FactSpec fact, DefinitionIndex index, KindCatalog kinds, List<FieldReference> references,
        List<FactDiagnostic> diagnostics)
    {
        references.Clear();
        fact.CollectReferences(references);
        // What each key may point to is the kind its declaration names, or a kind that extends it; "fact" (a figure's
        // 'about') is any fact.
        foreach (var (field, r) in references)
        {
            if (!index.TryGet(r.Id, out var target))
            {
                string? nearest = ScalarForms.Nearest(r.Id, index.Ids);
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.UnresolvedReference, path, r.Span, Subject.Of(fact.Id), field.Key, r.Id,
                    nearest is null ? "" : $" (did you mean '{nearest}'?)"));
            }
            else if (!Accepts(kinds, field.Kind!, target.Kind) && !(field.OrKind is { } orKind && Accepts(kinds, orKind, target.Kind)))
            {
                // A share's whole is a figure or, when the text does not count it, an actor (the declaration's OrKind).
                string wanted = KindCatalog.WithArticle(field.Kind!) + (field.OrKind is { } other ? " or " + KindCatalog.WithArticle(other) : "");
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.WrongKind, path, r.Span, Subject.Of(fact.Id), field.Key,
                    wanted, r.Id, Describe(kinds, field.Kind!, target.Kind)));
            }
            else if (field.Cycles == CycleRule.NotToItself && r.Id == fact.Id)
            {
                // The cycle rules follow the keys whose references may never loop; a key that only may not point
                // back at its own fact (a role of oneself) is checked here, with the fact at hand.
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.Cycle, path, r.Span, Subject.Of(fact.Id), field.Key, $"{fact.Id} -> {fact.Id}"));
            }
        }
    }

    /// <summary>True when a fact of <paramref name="targetKind"/> may be named where <paramref name="wantedKind"/> is asked for.</summary>
    private static bool Accepts(KindCatalog kinds, string wantedKind, string targetKind) =>
        wantedKind == BuiltInKinds.Fact.Id
        || !kinds.TryGet(wantedKind, out var wanted) || !kinds.TryGet(targetKind, out var target)
        || kinds.IsA(target, wanted);

    /// <summary>
    /// The target as messages name it: by its section's kind where a section's kind is wanted ("an actor", "a
    /// place"), by its own kind where a narrower one is ("a person", when a politician is wanted).
    /// </summary>
    private static string Describe(KindCatalog kinds, string wantedKind, string targetKind)
    {
        if (!kinds.TryGet(targetKind, out var target)) return KindCatalog.WithArticle(targetKind);
        bool wantsSection = kinds.TryGet(wantedKind, out var wanted) && wanted.Section is not null;
        return KindCatalog.WithArticle(wantsSection && kinds.SectionOf(target) is { } section ? kinds.KindOfSection(section).Id : target.Id);
    }
}
