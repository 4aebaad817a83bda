using System;
using System.Collections.Generic;

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
}

/// <summary>
/// A number the source states about something: a count, an ordinal or a duration; or a share of another figure
/// ("a third of whom"), whose <see cref="Value"/> is then derived from the whole.
/// </summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.FactJsonConverterFactory))]
#endif
public sealed class Figure : Fact
{
    private readonly Quantity? _stated;
    private readonly FactRef<Fact>? _about;
    private readonly FactRef<Figure>? _of;
    private readonly FactRef<Actor>? _accordingTo;
    private Quantity? _derived;

    /// <summary>Creates a figure. A share of another figure (<paramref name="share"/> with <paramref name="of"/>) may leave out its value.</summary>
    public Figure(string id, string measure, Quantity? value = null, FigureKind kind = FigureKind.Count, FactRef<Fact>? about = null,
        FactRef<Figure>? of = null, Share? share = null, FactRef<Actor>? accordingTo = null, Certainty certainty = Certainty.Reported,
        PartialDate? asOf = null, IEnumerable<Source>? sources = null, string? notes = null)
        : base(id, sources, notes)
    {
        if (value is null && (share is null || of is null))
            throw new ArgumentException($"Figure '{id}' needs a value, or a share of another figure.", nameof(value));
        Measure = measure ?? throw new ArgumentNullException(nameof(measure));
        _stated = value;
        Kind = kind;
        _about = about;
        _of = of;
        Share = share;
        _accordingTo = accordingTo;
        Certainty = certainty;
        AsOf = asOf;
    }

    /// <summary>What is measured: "people killed in the October 7 attack".</summary>
    public string Measure { get; }

    /// <summary>
    /// The value as stated; for a share without a stated value, the bounds derived from the share of its whole
    /// (a third of around 100 is between 30 and 36.67).
    /// </summary>
    public Quantity Value => _stated ?? (_derived ??= Share!.Apply(Of!.Value));

    /// <summary>True when <see cref="Value"/> was stated in the source rather than derived.</summary>
    public bool IsStated => _stated is not null;

    /// <summary>What kind of number it is.</summary>
    public FigureKind Kind { get; }

    /// <summary>The fact the figure is about: the event, actor or place it measures.</summary>
    public Fact? About => _about?.Fact;

    /// <summary>The whole this figure is a part or share of: the hostages still held are part of those taken.</summary>
    public Figure? Of => _of?.Fact;

    /// <summary>The proportion of <see cref="Of"/>, when the source states one.</summary>
    public Share? Share { get; }

    /// <summary>Who gives the figure: "according to local health authorities".</summary>
    public Actor? AccordingTo => _accordingTo?.Fact;

    /// <summary>How sure the source is: "believed to be dead".</summary>
    public Certainty Certainty { get; }

    /// <summary>The date the figure holds at ("still held"), when it changes over time.</summary>
    public PartialDate? AsOf { get; }

    /// <inheritdoc/>
    public override string DisplayName => Measure;

    /// <summary>"over 42,000 people: Palestinians killed in Gaza".</summary>
    public override string ToString()
    {
        string value = Kind == FigureKind.Ordinal && Value.Value is { } n ? Ordinal(n) + (Value.Unit is null ? "" : $" ({Value.Unit})") : Value.ToString();
        if (Share is not null && Of is not null) value = $"{Share} of {Of.Measure} ({value})";
        return $"{value}: {Measure}";
    }

    private static string Ordinal(decimal n)
    {
        long i = (long)n;
        string suffix = (i % 100) is 11 or 12 or 13 ? "th" : (i % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Quantity.Format(n) + suffix;
    }
}
