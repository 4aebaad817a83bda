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
/// <remarks>
/// The rules run one file at a time. What one figure needs of others is its whole's value, so the wholes are indexed
/// apart, in steps a value edit mostly leaves equal: the ids any figure names in <c>of:</c>
/// (<see cref="WholeIdsOf"/>, then <see cref="WholeIds"/>), each file's figures among them (<see cref="WholesIn"/>),
/// the index of them all (<see cref="WholeIndex.Of"/>), and, for each file, the values of the wholes its own figures
/// name (<see cref="WholeIndex.ValuesOf"/>), which is all <see cref="CheckFile"/> reads of the index. Editing the value
/// of a figure that is no whole changes none of these, and only the edited file is checked again; editing a whole's
/// changes the index, but the values a file's figures name only for the files that name that whole (or a whole whose
/// value derives from it), and only those and the edited file are checked again.
/// </remarks>
public static class FigureRules
{
    /// <summary>How many shares deep a whole's value is looked for (a cycle of <c>of:</c> is FM2003's to report).</summary>
    private const int MaxDepth = 32;

    /// <summary>Checks the figures of <paramref name="files"/>, one file after another: what the incremental generator does in steps.</summary>
    public static List<FactDiagnostic> Check(IEnumerable<FigureSummary> files, DefinitionIndex index, CancellationToken cancellationToken = default)
    {
        var ordered = DefinitionOrder.OfFiles(files).ToList();
        var named = ordered.Select(WholeIdsOf).ToList();
        var ids = WholeIds(named);
        var wholes = WholeIndex.Of(ordered.Select(f => WholesIn(f, ids)), index);
        var diagnostics = new List<FactDiagnostic>();
        for (int i = 0; i < ordered.Count; i++) diagnostics.AddRange(CheckFile(ordered[i], wholes.ValuesOf(named[i]), index, cancellationToken));
        return diagnostics;
    }

    /// <summary>The ids the figures of <paramref name="file"/> name as their whole, sorted.</summary>
    public static EquatableArray<string> WholeIdsOf(FigureSummary file) =>
        file.Figures.Where(f => f.Of is not null).Select(f => f.Of!.Value.Id).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>Every id some figure names as its whole, sorted.</summary>
    public static EquatableArray<string> WholeIds(IEnumerable<EquatableArray<string>> perFile) =>
        perFile.SelectMany(ids => ids).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>The figures of <paramref name="file"/> that are wholes (their ids among <paramref name="wholeIds"/>), as a whole's value needs them.</summary>
    public static WholesInFile WholesIn(FigureSummary file, EquatableArray<string> wholeIds)
    {
        // A binary search of the sorted ids per figure, rather than a set of every id: the edited file's wholes are
        // worked out on every edit, and there are as many ids as wholes in the whole model.
        var wholes = new List<Whole>();
        foreach (var figure in file.Figures)
        {
            if (IndexOf(wholeIds, figure.Id, id => id) >= 0) wholes.Add(new Whole(figure.Id, figure.Value, figure.Share, figure.Of));
        }
        return new WholesInFile(file.FilePath, wholes.ToEquatableArray());
    }

    /// <summary>The index of the item whose id is <paramref name="id"/> in <paramref name="sorted"/> (sorted by ordinal order of ids); -1 if none.</summary>
    internal static int IndexOf<T>(EquatableArray<T> sorted, string id, Func<T, string> idOf)
    {
        int low = 0, high = sorted.Count - 1;
        while (low <= high)
        {
            int middle = low + (high - low) / 2;
            int order = string.CompareOrdinal(idOf(sorted[middle]), id);
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    /// <summary>
    /// Checks the figures of one file, the definitions among them, against the values of the wholes they name
    /// (<see cref="WholeIndex.ValuesOf"/> of the file's <see cref="WholeIdsOf"/>).
    /// </summary>
    public static List<FactDiagnostic> CheckFile(FigureSummary file, WholeValues wholes, DefinitionIndex index, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<FactDiagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string path = file.FilePath;
        foreach (var figure in file.Figures)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!index.IsDefinitionIn(figure.Id, path) || !seen.Add(figure.Id)) continue;
            CheckValuesOverTime(path, figure, diagnostics);
            if (figure.Share is { } share && share.Kind != ShareKind.Most && (share.Numerator < 0 || share.Numerator > share.Denominator))
            {
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.FigureArithmetic, path, figure.ValueSpan, Subject.Of(figure.Id),
                    share.Kind == ShareKind.Percent ? $"the share {share} is outside 0% to 100%" : $"the share {share} is outside 0 to 1"));
                continue;
            }
            if (figure.Value is not { } part || figure.Of is not { } of || wholes.ValueOf(of.Id) is not { } whole) continue;
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
    internal static Quantity? WholeValue(string id, IReadOnlyDictionary<string, Whole> wholes, int depth = 0)
    {
        if (depth > MaxDepth || !wholes.TryGetValue(id, out var whole)) return null;
        if (whole.Value is not null) return whole.Value;
        return whole.Share is { } share && whole.Of is { } of && WholeValue(of.Id, wholes, depth + 1) is { } value ? share.Apply(value) : null;
    }
}

/// <summary>A figure as a whole: what its value is, or which share of which other whole it is.</summary>
public sealed record Whole(string Id, Quantity? Value, Share? Share, Reference? Of);

/// <summary>The wholes among one file's figures, in the file's order.</summary>
public sealed record WholesInFile(string FilePath, EquatableArray<Whole> Wholes) : IFileSummary;

/// <summary>
/// Every figure some figure is part of, by id (the definition of each id), with the value each has or derives. It
/// changes only when a whole does, so the figures of files that name no changed whole stay checked.
/// </summary>
public sealed record WholeIndex(EquatableArray<Whole> Wholes)
{
    private Dictionary<string, Whole>? _byId;

    /// <summary>The index of the wholes of <paramref name="files"/>, the definitions only.</summary>
    public static WholeIndex Of(IEnumerable<WholesInFile> files, DefinitionIndex index)
    {
        var wholes = new List<Whole>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in DefinitionOrder.OfFiles(files))
        foreach (var whole in file.Wholes)
        {
            if (index.IsDefinitionIn(whole.Id, file.FilePath) && seen.Add(whole.Id)) wholes.Add(whole);
        }
        return new WholeIndex(wholes.ToEquatableArray());
    }

    /// <summary>The value of the whole <paramref name="id"/>: its own or derived through shares; null when it has none.</summary>
    public Quantity? ValueOf(string id)
    {
        // Built on first use; two threads racing build equal dictionaries, and either one is fine.
        _byId ??= DefinitionIndex.Index(Wholes, w => w.Id);
        return FigureRules.WholeValue(id, _byId);
    }

    /// <summary>
    /// The values of the wholes <paramref name="ids"/> (sorted, as <see cref="FigureRules.WholeIdsOf"/> gives them):
    /// what the figure rules of one file read of the index. A lookup per id, so that every file can take its part
    /// of a changed index cheaply, and a part equal to the one before unless a whole it names changed value.
    /// </summary>
    public WholeValues ValuesOf(EquatableArray<string> ids)
    {
        if (ids.IsEmpty) return WholeValues.None;
        var values = new List<WholeValue>(ids.Count);
        foreach (string id in ids)
        {
            if (ValueOf(id) is { } value) values.Add(new WholeValue(id, value));
        }
        return values.Count == 0 ? WholeValues.None : new WholeValues(values.ToEquatableArray());
    }

    /// <inheritdoc/>
    public bool Equals(WholeIndex? other) => other is not null && Wholes.Equals(other.Wholes);

    /// <inheritdoc/>
    public override int GetHashCode() => Wholes.GetHashCode();
}

/// <summary>A whole's value, its own or derived through shares.</summary>
public sealed record WholeValue(string Id, Quantity Value);

/// <summary>
/// The values of the wholes one file's figures name, sorted by id (those without a value left out): all that the
/// figure rules of that file read of the other files.
/// </summary>
public sealed record WholeValues(EquatableArray<WholeValue> Values)
{
    /// <summary>No values: the file's figures name no whole, or none with a value.</summary>
    public static WholeValues None { get; } = new(EquatableArray<WholeValue>.Empty);

    /// <summary>The value of the whole <paramref name="id"/>; null when it has none or is not one this file's figures name.</summary>
    public Quantity? ValueOf(string id) => FigureRules.IndexOf(Values, id, value => value.Id) is var index and >= 0 ? Values[index].Value : null;
}
