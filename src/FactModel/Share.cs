using System;
using System.Globalization;

namespace FactModel;

/// <summary>How a <see cref="Share"/> is written.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.KebabEnumJsonConverter<ShareKind>))]
#endif
public enum ShareKind
{
    /// <summary>"90%".</summary>
    Percent,
    /// <summary>"a third" (1/3).</summary>
    Fraction,
    /// <summary>"most", "mostly": more than half.</summary>
    Most,
}

/// <summary>
/// A part of a whole stated as a proportion: "around 90% of its population", "a third of whom", "mostly civilians".
/// <see cref="LowerBound"/> and <see cref="UpperBound"/> are proportions of the whole, from 0 to 1.
/// </summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.ShareJsonConverter))]
#endif
public sealed class Share : IEquatable<Share>
{
    private Share(ShareKind kind, decimal numerator, decimal denominator, Qualifier qualifier)
    {
        Kind = kind;
        Numerator = numerator;
        Denominator = denominator;
        Qualifier = qualifier;
    }

    /// <summary>How the share is written.</summary>
    public ShareKind Kind { get; }

    /// <summary>The percentage for <see cref="ShareKind.Percent"/>, the numerator for <see cref="ShareKind.Fraction"/>.</summary>
    public decimal Numerator { get; }

    /// <summary>100 for a percentage, the denominator of a fraction, 1 for <see cref="ShareKind.Most"/>.</summary>
    public decimal Denominator { get; }

    /// <summary>The qualifier as written ("around 90%").</summary>
    public Qualifier Qualifier { get; }

    /// <summary>The smallest proportion the statement allows.</summary>
    public Bound LowerBound => Scale(Bounds().Lower, 1);

    /// <summary>The largest proportion the statement allows.</summary>
    public Bound UpperBound => Scale(Bounds().Upper, 1);

    /// <summary>A percentage, 0 to 100.</summary>
    public static Share Percent(decimal percent, Qualifier qualifier = Qualifier.Exact) => new(ShareKind.Percent, percent, 100, qualifier);

    /// <summary>A fraction such as 1/3.</summary>
    public static Share Fraction(decimal numerator, decimal denominator, Qualifier qualifier = Qualifier.Exact)
    {
        if (denominator <= 0) throw new ArgumentOutOfRangeException(nameof(denominator), "A fraction's denominator is positive.");
        return new(ShareKind.Fraction, numerator, denominator, qualifier);
    }

    /// <summary>"most": more than half, up to all.</summary>
    public static Share Most() => new(ShareKind.Most, 0, 1, Qualifier.Exact);

    /// <summary>Applies the share to the bounds of its whole: a third of about 100 is about 30 to about 37.</summary>
    public Quantity Apply(Quantity whole)
    {
        var (lower, upper) = Bounds();
        Bound? low = whole.LowerBound is { } wl ? Scale(lower, wl.Value, wl.Inclusive) : null;
        Bound? high = whole.UpperBound is { } wh ? Scale(upper, wh.Value, wh.Inclusive) : null;
        return Quantity.Derived(low, high, whole.Unit);
    }

    // Bounds are kept on the numerator's scale (90 of 100, 1 of 3) and divided last, so that a third of 90 is
    // exactly 30 rather than 90 × 0.333….
    private (Bound Lower, Bound Upper) Bounds()
    {
        if (Kind == ShareKind.Most) return (new Bound(Denominator / 2, false), new Bound(Denominator, true));
        var (lower, upper) = Quantity.BoundsOf(Numerator, Qualifier);
        return (lower ?? new Bound(0, true), upper ?? new Bound(Denominator, true));
    }

    private Bound Scale(Bound proportion, decimal whole, bool inclusive = true) =>
        new(whole * proportion.Value / Denominator, proportion.Inclusive && inclusive);

    /// <summary>"around 90%", "1/3", "most".</summary>
    public override string ToString()
    {
        string prefix = Qualifier == Qualifier.Exact ? "" : Words.Of(Qualifier) + " ";
        return Kind switch
        {
            ShareKind.Percent => prefix + Quantity.Format(Numerator) + "%",
            ShareKind.Fraction => prefix + Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture),
            _ => "most",
        };
    }

    /// <inheritdoc/>
    public bool Equals(Share? other) =>
        other is not null && Kind == other.Kind && Numerator == other.Numerator && Denominator == other.Denominator && Qualifier == other.Qualifier;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Share);

    /// <inheritdoc/>
    public override int GetHashCode() => (Kind, Numerator, Denominator, Qualifier).GetHashCode();
}
