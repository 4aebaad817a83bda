using System;

namespace FactModel;

/// <summary>
/// When something happened: a single <see cref="PartialDate"/>, a range from one to another, or an open range that
/// started and is still going on. Each end keeps its own precision.
/// </summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.DateSpanJsonConverter))]
#endif
public sealed class DateSpan : IEquatable<DateSpan>
{
    private DateSpan(PartialDate start, PartialDate? end, bool isOngoing)
    {
        Start = start;
        End = end;
        IsOngoing = isOngoing;
    }

    /// <summary>The date, or the start of the range.</summary>
    public PartialDate Start { get; }

    /// <summary>The end of a closed range; null for a single date and for an ongoing range.</summary>
    public PartialDate? End { get; }

    /// <summary>True for an open range: it started at <see cref="Start"/> and has not ended.</summary>
    public bool IsOngoing { get; }

    /// <summary>True for a range (closed or ongoing), false for a single date.</summary>
    public bool IsRange => End is not null || IsOngoing;

    /// <summary>The first day the span may cover.</summary>
    public DateTime FirstDay => Start.FirstDay;

    /// <summary>The last day the span may cover; null while it is ongoing.</summary>
    public DateTime? LastDay => IsOngoing ? null : (End ?? Start).LastDay;

    /// <summary>A single date.</summary>
    public static DateSpan On(PartialDate date) => new(date, null, false);

    /// <summary>A closed range; <paramref name="to"/> must not end before <paramref name="from"/> starts.</summary>
    public static DateSpan Between(PartialDate from, PartialDate to)
    {
        if (to.LastDay < from.FirstDay)
            throw new ArgumentException($"The range ends ({to}) before it starts ({from}).", nameof(to));
        return new(from, to, false);
    }

    /// <summary>An open range that began at <paramref name="from"/> and is still going on.</summary>
    public static DateSpan Since(PartialDate from) => new(from, null, true);

    /// <summary>A single date as written in a fact file.</summary>
    public static implicit operator DateSpan(PartialDate date) => On(date);

    /// <summary>"2024-10-22", "2024-06 to 2024-08", "since 2023-10-07 (ongoing)".</summary>
    public override string ToString() =>
        IsOngoing ? $"since {Start} (ongoing)"
        : End is { } end ? $"{Start} to {end}"
        : Start.ToString();

    /// <inheritdoc/>
    public bool Equals(DateSpan? other) =>
        other is not null && Start == other.Start && Nullable.Equals(End, other.End) && IsOngoing == other.IsOngoing;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DateSpan);

    /// <inheritdoc/>
    public override int GetHashCode() => (Start, End, IsOngoing).GetHashCode();
}
