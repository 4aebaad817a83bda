using System;
using System.Globalization;

namespace FactModel;

/// <summary>What kind of statement a <see cref="Quantity"/> records.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.KebabEnumJsonConverter<QuantityKind>))]
#endif
public enum QuantityKind
{
    /// <summary>A number with a qualifier: "over 42,000".</summary>
    Number,
    /// <summary>Two numbers: "between 10 and 20".</summary>
    Range,
    /// <summary>A magnitude word without a number: "dozens".</summary>
    Magnitude,
    /// <summary>A count the source explicitly does not give: "do not say how many".</summary>
    Unknown,
    /// <summary>Bounds computed from other figures (a share of a whole), not written in the source.</summary>
    Derived,
}

/// <summary>
/// A number as the source states it (the value, its qualifier as written, or a magnitude word, and the unit), with
/// numeric bounds derived from it by a fixed policy: "over 42,000" has an exclusive lower bound of 42,000 and no upper
/// bound; "dozens" is at least 24 and fewer than 100; "around 100" is within <see cref="ApproximationTolerance"/>;
/// "2.3 million", written to a precision of 100,000 (<see cref="RoundedTo"/>), is 2.25 to 2.35 million.
/// </summary>
/// <remarks>Value equality: two quantities are equal when everything stated about them is equal.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.QuantityJsonConverter))]
#endif
public sealed class Quantity : IEquatable<Quantity>
{
    /// <summary>The relative tolerance of about, around, approximately, roughly, some, nearly and almost: 10%.</summary>
    public const decimal ApproximationTolerance = 0.10m;

    private Quantity(QuantityKind kind, decimal? value, decimal? minimum, decimal? maximum, Magnitude? magnitude,
        Qualifier qualifier, string? unit, Bound? lower, Bound? upper, decimal? roundedTo = null)
    {
        Kind = kind;
        Value = value;
        RoundedTo = roundedTo;
        Minimum = minimum;
        Maximum = maximum;
        Magnitude = magnitude;
        Qualifier = qualifier;
        Unit = unit;
        LowerBound = lower;
        UpperBound = upper;
    }

    /// <summary>What the source states.</summary>
    public QuantityKind Kind { get; }

    /// <summary>The number written in the source, for <see cref="QuantityKind.Number"/>.</summary>
    public decimal? Value { get; }

    /// <summary>
    /// The unit the number is rounded to as written, when it is: 100,000 for "2.3 million", whose bounds are then
    /// half that unit either side (2.25 to 2.35 million); null for a number taken as exact ("250 hostages").
    /// </summary>
    public decimal? RoundedTo { get; }

    /// <summary>The low end of a <see cref="QuantityKind.Range"/>.</summary>
    public decimal? Minimum { get; }

    /// <summary>The high end of a <see cref="QuantityKind.Range"/>.</summary>
    public decimal? Maximum { get; }

    /// <summary>The magnitude word, for <see cref="QuantityKind.Magnitude"/>.</summary>
    public Magnitude? Magnitude { get; }

    /// <summary>The qualifier as written; <see cref="Qualifier.Exact"/> when there is none.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>What is counted or measured ("people", "hours", "percent"), when stated.</summary>
    public string? Unit { get; }

    /// <summary>The lowest value the statement allows; null when it sets none (unknown counts).</summary>
    public Bound? LowerBound { get; }

    /// <summary>The highest value the statement allows; null when it sets none ("over 42,000").</summary>
    public Bound? UpperBound { get; }

    /// <summary>A number with a qualifier as written.</summary>
    public static Quantity Of(decimal value, Qualifier qualifier = Qualifier.Exact, string? unit = null) => Of(value, qualifier, unit, null);

    /// <summary>
    /// A number as written, rounded to <paramref name="roundedTo"/> (100,000 for "2.3 million") or, when that is null,
    /// exact. Only a number without a qualifier is rounded: a qualifier's own bounds ("around", "over") replace it.
    /// </summary>
    public static Quantity Of(decimal value, Qualifier qualifier, string? unit, decimal? roundedTo)
    {
        if (roundedTo is { } r && (r <= 0 || qualifier != Qualifier.Exact))
            throw new ArgumentException(r <= 0 ? $"A number is rounded to a positive unit, not {r}." : $"A number with the qualifier {qualifier} is not also rounded.", nameof(roundedTo));
        var (lower, upper) = BoundsOf(value, qualifier, roundedTo);
        return new(QuantityKind.Number, value, null, null, null, qualifier, unit, lower, upper, roundedTo);
    }

    /// <summary>A range of two numbers, both included.</summary>
    public static Quantity Between(decimal minimum, decimal maximum, string? unit = null)
    {
        if (minimum > maximum)
            throw new ArgumentException($"A range's minimum ({minimum}) is larger than its maximum ({maximum}).", nameof(minimum));
        return new(QuantityKind.Range, null, minimum, maximum, null, Qualifier.Exact, unit,
            new Bound(minimum, true), new Bound(maximum, true));
    }

    /// <summary>A magnitude word without a number.</summary>
    public static Quantity OfMagnitude(Magnitude magnitude, string? unit = null)
    {
        var (lower, upper) = BoundsOf(magnitude);
        return new(QuantityKind.Magnitude, null, null, null, magnitude, Qualifier.Exact, unit, lower, upper);
    }

    /// <summary>A count the source explicitly does not give.</summary>
    public static Quantity Unknown(string? unit = null) =>
        new(QuantityKind.Unknown, null, null, null, null, Qualifier.Exact, unit, null, null);

    /// <summary>Bounds computed from other figures, such as a share of a whole.</summary>
    public static Quantity Derived(Bound? lower, Bound? upper, string? unit = null) =>
        new(QuantityKind.Derived, null, null, null, null, Qualifier.Exact, unit, lower, upper);

    /// <summary>
    /// The bounds a qualified number allows, by the policy in docs/fact-format.md; a number without a qualifier rounded
    /// to <paramref name="roundedTo"/> allows half that unit either side, both included.
    /// </summary>
    public static (Bound? Lower, Bound? Upper) BoundsOf(decimal value, Qualifier qualifier, decimal? roundedTo = null)
    {
        if (qualifier == Qualifier.Exact && roundedTo is { } unit)
            return (new Bound(value - unit / 2, true), new Bound(value + unit / 2, true));
        decimal slack = Math.Abs(value) * ApproximationTolerance;
        return qualifier switch
        {
            Qualifier.Exact => (new Bound(value, true), new Bound(value, true)),
            Qualifier.About or Qualifier.Around or Qualifier.Approximately or Qualifier.Roughly or Qualifier.Some =>
                (new Bound(value - slack, true), new Bound(value + slack, true)),
            Qualifier.Nearly or Qualifier.Almost => (new Bound(value - slack, true), new Bound(value, false)),
            Qualifier.Over or Qualifier.MoreThan => (new Bound(value, false), null),
            Qualifier.AtLeast => (new Bound(value, true), null),
            Qualifier.Under or Qualifier.LessThan => (new Bound(0, true), new Bound(value, false)),
            Qualifier.AtMost or Qualifier.UpTo => (new Bound(0, true), new Bound(value, true)),
            _ => (null, null),
        };
    }

    /// <summary>The bounds a magnitude word allows, by the policy in docs/fact-format.md.</summary>
    public static (Bound Lower, Bound? Upper) BoundsOf(Magnitude magnitude) => magnitude switch
    {
        FactModel.Magnitude.Some => (new Bound(1, true), null),
        FactModel.Magnitude.Several => (new Bound(2, true), null),
        FactModel.Magnitude.Few => (new Bound(2, true), new Bound(10, false)),
        FactModel.Magnitude.Dozens => (new Bound(24, true), new Bound(100, false)),
        FactModel.Magnitude.Hundreds => (new Bound(200, true), new Bound(1_000, false)),
        FactModel.Magnitude.Thousands => (new Bound(2_000, true), new Bound(10_000, false)),
        FactModel.Magnitude.TensOfThousands => (new Bound(20_000, true), new Bound(100_000, false)),
        FactModel.Magnitude.HundredsOfThousands => (new Bound(200_000, true), new Bound(1_000_000, false)),
        _ => (new Bound(2_000_000, true), new Bound(1_000_000_000, false)),
    };

    /// <summary>Reads like the source: "over 42,000 people", "dozens of people", "an unknown number of people".</summary>
    public override string ToString()
    {
        string text = Kind switch
        {
            QuantityKind.Number => Qualifier == Qualifier.Exact
                ? Format(Value!.Value) + (RoundedTo is { } r ? "\u00B1" + Format(r / 2) : "")
                : Words.Of(Qualifier) + " " + Format(Value!.Value),
            QuantityKind.Range => Format(Minimum!.Value) + " to " + Format(Maximum!.Value),
            // "dozens of people", but "several hours" and "some projectiles".
            QuantityKind.Magnitude => Words.Of(Magnitude!.Value) + (Unit is null || Magnitude is FactModel.Magnitude.Some or FactModel.Magnitude.Several or FactModel.Magnitude.Few ? "" : " of"),
            QuantityKind.Unknown => "an unknown number" + (Unit is null ? "" : " of"),
            _ => DerivedText(),
        };
        return Unit is null ? text : text + " " + Unit;
    }

    private string DerivedText() => (LowerBound, UpperBound) switch
    {
        ({ } lo, { } hi) => "between " + Format(lo.Value) + " and " + Format(hi.Value),
        ({ } lo, null) => (lo.Inclusive ? "at least " : "more than ") + Format(lo.Value),
        (null, { } hi) => (hi.Inclusive ? "at most " : "less than ") + Format(hi.Value),
        _ => "an unknown number" + (Unit is null ? "" : " of"),
    };

    internal static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(Quantity? other) =>
        other is not null && Kind == other.Kind && Value == other.Value && RoundedTo == other.RoundedTo && Minimum == other.Minimum
        && Maximum == other.Maximum && Magnitude == other.Magnitude && Qualifier == other.Qualifier
        && Unit == other.Unit && Nullable.Equals(LowerBound, other.LowerBound) && Nullable.Equals(UpperBound, other.UpperBound);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Quantity);

    /// <inheritdoc/>
    public override int GetHashCode() => (Kind, Value, RoundedTo, Minimum, Maximum, Magnitude, Qualifier, Unit).GetHashCode();
}
