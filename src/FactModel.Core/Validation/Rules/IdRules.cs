using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Core.Kinds;
using FactModel.Core.Model;
using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>What the id rules found, and the index of definitions the later rules resolve ids with.</summary>
public sealed record IdCheck(EquatableArray<FactDiagnostic> Diagnostics, DefinitionIndex Index);

/// <summary>
/// FM1005 (an id defined twice) and FM1007 (two facts, or a fact and a generated member, with one C# name), over the
/// ids of every file. The only rules that need every fact, so their input is as small as it can be: ids and names.
/// </summary>
public static class IdRules
{
    /// <summary>
    /// The members every generated section class has, and the generated classes: no fact may take their C# names.
    /// </summary>
    public static readonly IReadOnlyCollection<string> GeneratedMemberNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "All", "TryGet", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "Actors", "Places", "Events", "Figures", "FactCatalog",
    };

    /// <summary>
    /// The C# names no fact may take: the members every generated class has, and the classes of the sections (a
    /// project's own too: a fact named like its section's class would be a member named like its class).
    /// </summary>
    public static HashSet<string> ReservedNames(KindCatalog? kinds)
    {
        var names = new HashSet<string>(GeneratedMemberNames, StringComparer.Ordinal);
        foreach (var kind in (kinds ?? BuiltInKinds.Catalog).SectionKinds) names.Add(Kebab.ToPascalCase(kind.Section!));
        return names;
    }

    /// <summary>
    /// Checks the ids of <paramref name="files"/> and indexes their definitions, with the facts of the
    /// <paramref name="referenced"/> models: their ids are taken (FM1005 names the model), and references resolve to them.
    /// </summary>
    /// <param name="kinds">The project's kinds: the classes of its declared sections are generated too, and no fact may take their names.</param>
    public static IdCheck Check(IEnumerable<IdSummary> files, CancellationToken cancellationToken = default, ReferencedModels? referenced = null,
        KindCatalog? kinds = null)
    {
        referenced ??= ReferencedModels.None;
        var reserved = ReservedNames(kinds);
        var diagnostics = new List<FactDiagnostic>();
        var definitions = new List<Definition>();
        var ordered = DefinitionOrder.OfFiles(files).ToList();
        // Sized up front: at 10,000 facts, growing would allocate each dictionary about twice on the large object heap.
        int count = ordered.Sum(f => f.Facts.Count);
        var byId = new Dictionary<string, (string Path, IdEntry Fact)>(count, StringComparer.Ordinal);
        // Names are unique across sections, not only within one, so that a name in code means one fact of the model.
        var names = new Dictionary<string, (string Path, IdEntry Fact)>(count, StringComparer.Ordinal);
        foreach (var file in ordered)
        foreach (var fact in file.Facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string path = file.FilePath;
            if (byId.TryGetValue(fact.Id, out var first))
            {
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.DuplicateId, path, fact.IdSpan, fact.Id, Where(first.Path, first.Fact.IdSpan))
                    with { RelatedFilePath = first.Path, RelatedSpan = first.Fact.IdSpan });
                continue;
            }
            if (referenced.TryGet(fact.Id, out _, out var model))
            {
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.DuplicateId, path, fact.IdSpan, fact.Id, $"{model.Name} (a referenced fact model)"));
                continue;
            }
            byId.Add(fact.Id, (path, fact));
            definitions.Add(new Definition(fact.Id, fact.Kind, path));
            // A fact whose name clashes is still the definition of its id: references to it resolve.
            if (reserved.Contains(fact.MemberName))
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.NameClash, path, fact.IdSpan, fact.Id, fact.MemberName, "is a member every generated class has"));
            else if (names.TryGetValue(fact.MemberName, out var clash))
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.NameClash, path, fact.IdSpan, fact.Id, fact.MemberName,
                    $"'{clash.Fact.Id}' at {Where(clash.Path, clash.Fact.IdSpan)} already gives"));
            else
                names.Add(fact.MemberName, (path, fact));
        }
        // The referenced models' facts are defined there: no file here is their definition. Two referenced models that
        // define one id (two topic libraries that do not reference each other) are reported here, where both are seen,
        // without a file of this project to point at; references resolve to the first model by name.
        foreach (var model in referenced.Models)
        foreach (var fact in model.Facts)
        {
            referenced.TryGet(fact.Id, out _, out var owner);
            if (ReferenceEquals(owner, model))
                definitions.Add(new Definition(fact.Id, fact.Kind, ""));
            else
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.DuplicateId, "", default, fact.Id,
                    $"{owner.Name} (a referenced fact model) and by the fact at {model.Name} (another referenced fact model)"));
        }
        return new IdCheck(diagnostics.ToEquatableArray(), new DefinitionIndex(definitions.ToEquatableArray()));
    }

    private static string Where(string path, SourceSpan span) => path + span;
}
