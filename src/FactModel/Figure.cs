using System;
using System.Collections.Generic;
using System.Linq;

namespace FactModel;

/// <summary>What kind of number a <see cref="Figure"/> is.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.KebabEnumJsonConverter<FigureKind>))]
#endif
public enum FigureKind
{
    /// <summary>How many: "some 1,200 people".</summary>
    Count,
    /// <summary>Which one in a series: "his 11th visit".</summary>
    Ordinal,
    /// <summary>How long: "more than two hours".</summary>
    Duration,
    /// <summary>A running total that never goes down: the dead "so far". A later value lower than an earlier one is a warning (FM2007).</summary>
    Cumulative,
}

/// <summary>
/// A number the source states about something: a count, an ordinal or a duration; or a share of another figure
/// ("a third of whom"), whose <see cref="Value"/> is then derived from the whole, or of a group the text does not
/// count ("most of his senior commanders"). A figure that changes over time has several <see cref="Values"/>.
/// </summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.FactJsonConverterFactory))]
#endif
public class Figure : Fact
{
    // Everything but the measure, in an object of its own that a head leaves out (see Fact).
    private readonly OwnFields? _own;

    /// <summary>
    /// Creates a figure. A share (<paramref name="share"/>) of another figure (<paramref name="of"/>), of a group
    /// (<paramref name="ofGroup"/>) or of a whole described in words (<paramref name="ofDescription"/>) may leave out
    /// its value; <paramref name="unit"/> is then the unit of the value derived from it when its whole has none to
    /// give (a group or words the text does not count). A figure that changes over time gives its <paramref name="values"/>, each with its own date and
    /// source, instead of <paramref name="value"/>, <paramref name="accordingTo"/> and <paramref name="asOf"/>.
    /// </summary>
    public Figure(string id, string measure, Quantity? value = null, FigureKind kind = FigureKind.Count, FactRef<Fact>? about = null,
        FactRef<Figure>? of = null, Share? share = null, FactRef<Actor>? accordingTo = null, Certainty certainty = Certainty.Reported,
        PartialDate? asOf = null, IEnumerable<Source>? sources = null, string? notes = null, IEnumerable<FigureValue>? values = null,
        FactRef<Actor>? ofGroup = null, string? ofDescription = null, string? unit = null)
        : base(id, sources, notes)
    {
        var history = FigureValue.InDateOrder(values);
        if (history.Length > 0 && (value is not null || accordingTo is not null || asOf is not null))
            throw new ArgumentException($"Figure '{id}' gives its values over time: their value, as-of and according-to are in each of them.", nameof(values));
        if (value is not null) history = new[] { new FigureValue(value, asOf, accordingTo, Sources) };
        int wholes = (of is null ? 0 : 1) + (ofGroup is null ? 0 : 1) + (ofDescription is null ? 0 : 1);
        if (wholes > 1)
            throw new ArgumentException($"Figure '{id}' is part of one whole: a figure, a group or a whole in words.", nameof(of));
        if (history.Length == 0 && (share is null || wholes == 0))
            throw new ArgumentException($"Figure '{id}' needs a value, or a share of a whole.", nameof(value));
        Measure = measure ?? throw new ArgumentNullException(nameof(measure));
        _own = new OwnFields
        {
            Values = history.Length == 0 ? history : Array.AsReadOnly(history),
            Latest = history.Length == 0 ? null : history[history.Length - 1],
            Kind = kind,
            About = about,
            Of = of,
            OfGroup = ofGroup,
            OfDescription = ofDescription,
            Unit = unit,
            Share = share,
            AccordingTo = accordingTo,
            Certainty = certainty,
            AsOf = asOf,
        };
    }

    /// <summary>A head read from a generated model's data: its id and measure, the rest read when first used.</summary>
    internal Figure(string id, string measure, FactChunk chunk, int line) : base(id, chunk, line) => Measure = measure;

    /// <summary>Creates a figure with the fields of <paramref name="original"/>: the base of a kind a project declares.</summary>
    protected Figure(Figure original) : base(original)
    {
        Measure = original.Measure;
        _own = original.Own;
    }

    /// <summary>What is measured: "people killed in the October 7 attack".</summary>
    public string Measure { get; }

    /// <summary>
    /// The value as stated, the latest of <see cref="Values"/>; for a share without a stated value, the bounds derived
    /// from the share of its whole (a third of around 100 is between 30 and 36.67), or no bounds when the whole is a
    /// group or words the text does not count.
    /// </summary>
    public Quantity Value
    {
        get
        {
            var own = Own;
            return own.Latest?.Value ?? (own.Derived ??= own.Share!.Apply(Of?.Value ?? Quantity.Unknown(own.Unit)));
        }
    }

    /// <summary>
    /// The values stated, in date order (<see cref="FigureValue.AsOf"/>; values without a date first): one for a
    /// figure stated once, the history of a figure that changes over time, none for a share whose value is derived.
    /// </summary>
    public IReadOnlyList<FigureValue> Values => Own.Values;

    /// <summary>True when <see cref="Value"/> was stated in the source rather than derived.</summary>
    public bool IsStated => Own.Latest is not null;

    /// <summary>What kind of number it is.</summary>
    public FigureKind Kind => Own.Kind;

    /// <summary>The fact the figure is about: the event, actor or place it measures.</summary>
    public Fact? About => Own.About?.Fact;

    /// <summary>The whole this figure is a part or share of: the hostages still held are part of those taken.</summary>
    public Figure? Of => Own.Of?.Fact;

    /// <summary>The group this figure is a share of, when the text does not count it: "most of his senior commanders".</summary>
    public Actor? OfGroup => Own.OfGroup?.Fact;

    /// <summary>The whole this figure is a share of, in words, when the text neither counts it nor names it as an actor.</summary>
    public string? OfDescription => Own.OfDescription;

    /// <summary>The proportion of <see cref="Of"/>, when the source states one.</summary>
    public Share? Share => Own.Share;

    /// <summary>Who gives the figure (its latest value): "according to local health authorities".</summary>
    public Actor? AccordingTo
    {
        get
        {
            var own = Own;
            return own.Latest is { } latest ? latest.AccordingTo : own.AccordingTo?.Fact;
        }
    }

    /// <summary>How sure the source is: "believed to be dead".</summary>
    public Certainty Certainty => Own.Certainty;

    /// <summary>The date the figure (its latest value) holds at ("still held"), when it changes over time.</summary>
    public PartialDate? AsOf
    {
        get
        {
            var own = Own;
            return own.Latest is { } latest ? latest.AsOf : own.AsOf;
        }
    }

    /// <inheritdoc/>
    public override string DisplayName => Measure;

    /// <summary>"over 42,000 people: Palestinians killed in Gaza".</summary>
    public override string ToString()
    {
        string value = Kind == FigureKind.Ordinal && Value.Value is { } n ? Ordinal(n) + (Value.Unit is null ? "" : $" ({Value.Unit})") : Value.ToString();
        if (Share is not null && WholeText is { } whole) value = !IsStated && Of is null ? $"{Share} of {whole}" : $"{Share} of {whole} ({value})";
        return $"{value}: {Measure}";
    }

    private string? WholeText => Of?.Measure ?? OfGroup?.DisplayName ?? OfDescription;

    /// <summary>The figure's own fields: its own, or for a head its rest's, read on first use.</summary>
    private OwnFields Own => _own ?? ((Figure)Rest!)._own!;

    private static string Ordinal(decimal n)
    {
        long i = (long)n;
        string suffix = (i % 100) is 11 or 12 or 13 ? "th" : (i % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Quantity.Format(n) + suffix;
    }

    private sealed class OwnFields
    {
        public IReadOnlyList<FigureValue> Values { get; init; } = Array.Empty<FigureValue>();
        public FigureValue? Latest { get; init; }
        public FigureKind Kind { get; init; }
        public FactRef<Fact>? About { get; init; }
        public FactRef<Figure>? Of { get; init; }
        public FactRef<Actor>? OfGroup { get; init; }
        public string? OfDescription { get; init; }
        // The unit of a value derived from a whole that has none to give.
        public string? Unit { get; init; }
        public Share? Share { get; init; }
        // A figure's own according-to and as-of, for a share whose value is derived; a stated value carries its own.
        public FactRef<Actor>? AccordingTo { get; init; }
        public Certainty Certainty { get; init; }
        public PartialDate? AsOf { get; init; }
        // The value derived from the share of the whole, worked out on first read (the whole may be read later).
        public Quantity? Derived { get; set; }
    }
}

/// <summary>
/// One value of a <see cref="Figure"/>: what it was as of a date, according to whom, and where that is stated. A death
/// toll reported "over 42,000" on 22 October and higher a month later has two.
/// </summary>
public sealed class FigureValue
{
    private readonly FactRef<Actor>? _accordingTo;

    /// <summary>Creates a value.</summary>
    public FigureValue(Quantity value, PartialDate? asOf = null, FactRef<Actor>? accordingTo = null, IEnumerable<Source>? sources = null)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
        AsOf = asOf;
        _accordingTo = accordingTo;
        Sources = ReadOnly.List(sources);
    }

    /// <summary>The value as stated.</summary>
    public Quantity Value { get; }

    /// <summary>The date it holds at, when stated.</summary>
    public PartialDate? AsOf { get; }

    /// <summary>Who gives it: "according to local health authorities".</summary>
    public Actor? AccordingTo => _accordingTo?.Fact;

    /// <summary>Where this value is stated.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>"over 42,000 people as of 2024-10-22".</summary>
    public override string ToString() => AsOf is { } asOf ? $"{Value} as of {asOf}" : Value.ToString();

    /// <summary>The values by date, those without one first; values of the same date stay in the order given.</summary>
    internal static FigureValue[] InDateOrder(IEnumerable<FigureValue>? values)
    {
        var array = ReadOnly.Copy(values);
        // Values are mostly written in date order (a generated model's always are, as written): then there is nothing to sort.
        if (IsInDateOrder(array)) return array;
        return array.Select((v, i) => (Value: v, Index: i))
            .OrderBy(v => FirstDay(v.Value)).ThenBy(v => LastDay(v.Value)).ThenBy(v => v.Index)
            .Select(v => v.Value).ToArray();
    }

    private static bool IsInDateOrder(FigureValue[] values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            int first = FirstDay(values[i - 1]).CompareTo(FirstDay(values[i]));
            if (first > 0 || (first == 0 && LastDay(values[i - 1]) > LastDay(values[i]))) return false;
        }
        return true;
    }

    private static DateTime FirstDay(FigureValue value) => value.AsOf is { } date ? date.FirstDay : DateTime.MinValue;

    private static DateTime LastDay(FigureValue value) => value.AsOf?.LastDay ?? DateTime.MinValue;
}
