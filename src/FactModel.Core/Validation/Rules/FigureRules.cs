using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>
/// The rules on figures. FM2005: figures that do not add up, a share outside 0 to 1 (or 0% to 100%), and a part
/// larger than the whole it is part of through <c>of:</c>, where the whole has a value: its own, or one derived through
/// a chain of shares (a share of a group the text does not count has none, and is not checked). FM2006: two values of
/// a figure for the same date, from different sources, that cannot both hold, unless the figure is
/// <c>certainty: disputed</c>. FM2007: a <c>cumulative</c> figure whose value goes down over time.
/// </summary>
public static class FigureRules
{
    /// <summary>How many shares deep a whole's value is looked for (a cycle of <c>of:</c> is FM2003's to report).</summary>
    private const int MaxDepth = 32;

    /// <summary>Checks the figures of <paramref name="files"/>.</summary>
    public static List<FactDiagnostic> Check(IEnumerable<FigureSummary> files, DefinitionIndex index, CancellationToken cancellationToken = default)
    {
        var figures = new List<(string Path, FigureFact Figure)>();
        var byId = new Dictionary<string, FigureFact>(StringComparer.Ordinal);
        foreach (var file in DefinitionOrder.OfFiles(files))
        foreach (var figure in file.Figures)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!index.IsDefinitionIn(figure.Id, file.FilePath) || byId.ContainsKey(figure.Id)) continue;
            figures.Add((file.FilePath, figure));
            byId.Add(figure.Id, figure);
        }

        var diagnostics = new List<FactDiagnostic>();
        foreach (var (path, figure) in figures)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckValuesOverTime(path, figure, diagnostics);
            if (figure.Share is { } share && share.Kind != ShareKind.Most && (share.Numerator < 0 || share.Numerator > share.Denominator))
            {
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.FigureArithmetic, path, figure.ValueSpan, Subject.Of(figure.Id),
                    share.Kind == ShareKind.Percent ? $"the share {share} is outside 0% to 100%" : $"the share {share} is outside 0 to 1"));
                continue;
            }
            if (figure.Value is not { } part || figure.Of is not { } of || WholeValue(of, byId) is not { } whole) continue;
            if (Below(whole.UpperBound, part.LowerBound))
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.FigureArithmetic, path, figure.ValueSpan, Subject.Of(figure.Id),
                    $"its value ({part}) is larger than the whole it is part of, '{of.Id}' ({whole})"));
        }
        return diagnostics;
    }

    /// <summary>FM2006 and FM2007, between the values of one figure (in date order).</summary>
    private static void CheckValuesOverTime(string path, FigureFact figure, List<FactDiagnostic> diagnostics)
    {
        var values = figure.Values;
        for (int j = 1; j < values.Count; j++)
        {
            var later = values[j];
            FigureValueSpec? disagrees = null, higherBefore = null;
            for (int i = 0; i < j; i++)
            {
                var earlier = values[i];
                if (Equals(earlier.AsOf, later.AsOf))
                {
                    if (disagrees is null && SourceOf(earlier) != SourceOf(later) && Disjoint(earlier.Value, later.Value)) disagrees = earlier;
                }
                else if (earlier.AsOf is { } before && later.AsOf is { } after && before.LastDay < after.FirstDay
                    && Below(later.Value.UpperBound, earlier.Value.LowerBound))
                {
                    higherBefore = earlier;
                }
            }
            if (disagrees is { } other && figure.Certainty != Certainty.Disputed)
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.SourcesDisagree, path, later.ValueSpan, Subject.Of(figure.Id),
                    $"{Describe(later)} and {Describe(other)} cannot both hold{(later.AsOf is { } date ? $" on {date}" : "")}; "
                    + "if the sources disagree, mark the figure 'certainty: disputed', else correct the value"));
            if (higherBefore is { } higher && figure.Kind == FigureKind.Cumulative)
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.CumulativeDecrease, path, later.ValueSpan, Subject.Of(figure.Id),
                    $"{Describe(later)} is lower than {Describe(higher)}, but a cumulative figure never goes down; "
                    + "correct the value, or give the figure another kind if it can go down"));
        }
    }

    /// <summary>Who a value is from: whom it is according to, else the documents it cites.</summary>
    private static string SourceOf(FigureValueSpec value) =>
        value.AccordingTo is { } accordingTo ? "@" + accordingTo.Id
            : string.Join(" ", value.Sources.Select(s => s.Document).Distinct(StringComparer.Ordinal).OrderBy(d => d, StringComparer.Ordinal));

    private static string Describe(FigureValueSpec value) =>
        $"the value {value.Value}{(value.AsOf is { } asOf ? $" as of {asOf}" : "")}"
        + (value.AccordingTo is { } accordingTo ? $" according to '{accordingTo.Id}'"
            : value.Sources.IsEmpty ? "" : $" in '{value.Sources[0].Document}'");

    /// <summary>True when no number lies in both quantities' bounds.</summary>
    private static bool Disjoint(Quantity a, Quantity b) => Below(a.UpperBound, b.LowerBound) || Below(b.UpperBound, a.LowerBound);

    /// <summary>True when <paramref name="upper"/> lies below <paramref name="lower"/>: nothing is under the one and over the other.</summary>
    private static bool Below(Bound? upper, Bound? lower) =>
        upper is { } high && lower is { } low && (high.Value < low.Value || (high.Value == low.Value && !(high.Inclusive && low.Inclusive)));

    /// <summary>The whole's value: its own, or its share of its own whole's; null when it has neither or is no figure.</summary>
    private static Quantity? WholeValue(Reference reference, Dictionary<string, FigureFact> figures, int depth = 0)
    {
        if (depth > MaxDepth || !figures.TryGetValue(reference.Id, out var figure)) return null;
        if (figure.Value is not null) return figure.Value;
        return figure.Share is { } share && figure.Of is { } of && WholeValue(of, figures, depth + 1) is { } whole ? share.Apply(whole) : null;
    }
}
