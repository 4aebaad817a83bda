using System;
using System.Globalization;

namespace FactModel;

/// <summary>One end of a numeric interval: a value and whether the value itself is included.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.BoundJsonConverter))]
#endif
public readonly struct Bound : IEquatable<Bound>
{
    /// <summary>Creates a bound.</summary>
    public Bound(decimal value, bool inclusive)
    {
        Value = value;
        Inclusive = inclusive;
    }

    /// <summary>The value of the bound.</summary>
    public decimal Value { get; }

    /// <summary>True when <see cref="Value"/> itself is inside the interval.</summary>
    public bool Inclusive { get; }

    /// <summary>An inclusive bound.</summary>
    public static Bound AtLeastOrAtMost(decimal value) => new(value, true);

    /// <summary>An exclusive bound.</summary>
    public static Bound Excluding(decimal value) => new(value, false);

    /// <summary>"42000" for an inclusive bound, "(42000)" for an exclusive one.</summary>
    public override string ToString() => Inclusive ? Text : "(" + Text + ")";

    // Decimals keep the trailing zeros of their computation (225.00) and may carry 28 digits (a third of 110): print at
    // most two decimals. The value itself keeps its precision.
    private string Text => Value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(Bound other) => Value == other.Value && Inclusive == other.Inclusive;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Bound other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Value, Inclusive).GetHashCode();

    /// <summary>Value equality.</summary>
    public static bool operator ==(Bound left, Bound right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Bound left, Bound right) => !left.Equals(right);
}
