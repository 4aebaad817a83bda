using System;
using System.Collections.Generic;
using System.Threading;
using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>
/// FM2005: figures that do not add up. A share outside 0 to 1 (or 0% to 100%), and a part larger than the whole it
/// is part of through <c>of:</c>, the whole's value derived through a chain of shares when it has none of its own.
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
            if (figure.Share is { } share && share.Kind != ShareKind.Most && (share.Numerator < 0 || share.Numerator > share.Denominator))
            {
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.FigureArithmetic, path, figure.ValueSpan, Subject.Of(figure.Id),
                    share.Kind == ShareKind.Percent ? $"the share {share} is outside 0% to 100%" : $"the share {share} is outside 0 to 1"));
                continue;
            }
            if (figure.Value is not { } part || figure.Of is not { } of || WholeValue(of, byId) is not { } whole) continue;
            if (part.LowerBound is { } low && whole.UpperBound is { } high
                && (low.Value > high.Value || (low.Value == high.Value && !(low.Inclusive && high.Inclusive))))
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.FigureArithmetic, path, figure.ValueSpan, Subject.Of(figure.Id),
                    $"its value ({part}) is larger than the whole it is part of, '{of.Id}' ({whole})"));
        }
        return diagnostics;
    }

    /// <summary>The whole's value: its own, or its share of its own whole's; null when it has neither or is no figure.</summary>
    private static Quantity? WholeValue(Reference reference, Dictionary<string, FigureFact> figures, int depth = 0)
    {
        if (depth > MaxDepth || !figures.TryGetValue(reference.Id, out var figure)) return null;
        if (figure.Value is not null) return figure.Value;
        return figure.Share is { } share && figure.Of is { } of && WholeValue(of, figures, depth + 1) is { } whole ? share.Apply(whole) : null;
    }
}
