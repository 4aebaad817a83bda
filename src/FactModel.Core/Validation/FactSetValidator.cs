using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Specs;
using FactModel.Validation.Rules;

namespace FactModel.Validation;

/// <summary>
/// The rules that need more than one fact: unique ids and C# names, references that resolve to the right kind of
/// fact, no cycles, dates and figures that agree; and, through <see cref="SourceValidator"/>, quotes that are really in
/// their documents. The generator, the runtime validator and the command-line tool all run these same rules.
/// </summary>
public static class FactSetValidator
{
    /// <summary>
    /// The members every generated section class has, and the generated classes: no fact may take their C# names.
    /// </summary>
    public static readonly IReadOnlyCollection<string> GeneratedMemberNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "All", "TryGet", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "Actors", "Places", "Events", "Figures", "FactCatalog",
    };

    /// <summary>The order in which definitions win over later ones with the same id: by file path, then by position.</summary>
    public static IEnumerable<(string FilePath, FactSpec Fact)> InDefinitionOrder(IEnumerable<(string FilePath, FactSpec Fact)> facts) =>
        facts.OrderBy(f => f.FilePath, StringComparer.Ordinal).ThenBy(f => f.Fact.IdSpan.StartLine).ThenBy(f => f.Fact.IdSpan.StartColumn);

    /// <summary>Validates the facts of <paramref name="files"/> against each other and against <paramref name="documents"/>.</summary>
    /// <remarks>With <paramref name="documents"/> null, sources are not looked up (FM3001 and FM3002 are not checked).</remarks>
    public static List<FactDiagnostic> Validate(IReadOnlyList<ParsedFactFile> files, IReadOnlyList<SourceDocument>? documents,
        CancellationToken cancellationToken = default)
    {
        var diagnostics = ValidateConsistency(files, cancellationToken);
        foreach (var file in files) diagnostics.AddRange(SourceValidator.Validate(file, documents, cancellationToken));
        return diagnostics;
    }

    /// <summary>The rules between facts (FM1005, FM1007, FM2xxx), without the sources.</summary>
    /// <remarks>
    /// The rules run in stages over per-file summaries (<see cref="FactFileSummary"/>), the same stages the incremental
    /// generator runs one by one; here they run in a row, giving the ids and names first, then references, cycles,
    /// dates and figures, each in definition order.
    /// </remarks>
    public static List<FactDiagnostic> ValidateConsistency(IReadOnlyList<ParsedFactFile> files, CancellationToken cancellationToken = default)
    {
        var summaries = files.Select(f => FactFileSummary.From(f, cancellationToken)).ToList();
        var ids = IdRules.Check(summaries.Select(s => s.Ids), cancellationToken);
        var diagnostics = new List<FactDiagnostic>(ids.Diagnostics);
        foreach (var file in DefinitionOrder.OfFiles(files, f => f.FilePath))
            diagnostics.AddRange(ReferenceRules.Check(file, ids.Index, cancellationToken));
        diagnostics.AddRange(CycleRules.Check(summaries.Select(s => s.Edges), ids.Index, cancellationToken));
        diagnostics.AddRange(DateRules.Check(summaries.Select(s => s.Dates), ids.Index, cancellationToken));
        diagnostics.AddRange(FigureRules.Check(summaries.Select(s => s.Figures), ids.Index, cancellationToken));
        return diagnostics;
    }
}
