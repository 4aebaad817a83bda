using System;
using System.Globalization;

namespace FactModel;

/// <summary>How much of a <see cref="PartialDate"/> the source actually states.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.KebabEnumJsonConverter<DatePrecision>))]
#endif
public enum DatePrecision
{
    /// <summary>Only the year: "2024".</summary>
    Year,
    /// <summary>A season of a year: "summer 2024".</summary>
    Season,
    /// <summary>A month of a year: "August 2024".</summary>
    Month,
    /// <summary>A calendar day: "22 October 2024".</summary>
    Day,
}

/// <summary>A season of the year, as news text uses it (northern hemisphere, meteorological seasons).</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.KebabEnumJsonConverter<Season>))]
#endif
public enum Season
{
    /// <summary>March to May.</summary>
    Spring,
    /// <summary>June to August.</summary>
    Summer,
    /// <summary>September to November.</summary>
    Autumn,
    /// <summary>December to February of the next year; a winter is named by the year its December falls in.</summary>
    Winter,
}

/// <summary>
/// A date known only as precisely as its source states it: a year, a season, a month or a day.
/// It is never padded to a false day: "August 2024" stays a month, and <see cref="Day"/> is null.
/// </summary>
/// <remarks>
/// Two partial dates are equal when they have the same precision and the same parts; "2024-08" and "2024-08-01" differ.
/// Ordering compares <see cref="FirstDay"/>, then the shorter span first.
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PartialDateJsonConverter))]
#endif
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day, Season? season)
    {
        Year = year;
        Month = month;
        Day = day;
        Season = season;
    }

    /// <summary>The year, always known.</summary>
    public int Year { get; }

    /// <summary>The month (1–12) when the precision is <see cref="DatePrecision.Month"/> or finer.</summary>
    public int? Month { get; }

    /// <summary>The day of the month when the precision is <see cref="DatePrecision.Day"/>.</summary>
    public int? Day { get; }

    /// <summary>The season when the precision is <see cref="DatePrecision.Season"/>.</summary>
    public Season? Season { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision =>
        Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : Season is not null ? DatePrecision.Season
        : DatePrecision.Year;

    /// <summary>The first calendar day the date may mean.</summary>
    public DateTime FirstDay => Precision switch
    {
        DatePrecision.Day => new DateTime(Year, Month!.Value, Day!.Value),
        DatePrecision.Month => new DateTime(Year, Month!.Value, 1),
        DatePrecision.Season => new DateTime(Year, FirstMonthOf(Season!.Value), 1),
        _ => new DateTime(Year, 1, 1),
    };

    /// <summary>The last calendar day the date may mean.</summary>
    public DateTime LastDay => Precision switch
    {
        DatePrecision.Day => FirstDay,
        DatePrecision.Month => FirstDay.AddMonths(1).AddDays(-1),
        DatePrecision.Season => FirstDay.AddMonths(3).AddDays(-1),
        _ => new DateTime(Year, 12, 31),
    };

    /// <summary>A date known to the year.</summary>
    public static PartialDate FromYear(int year) => new(CheckYear(year), null, null, null);

    /// <summary>A date known to the month.</summary>
    public static PartialDate FromMonth(int year, int month)
    {
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
        return new(CheckYear(year), month, null, null);
    }

    /// <summary>A date known to the day.</summary>
    public static PartialDate FromDay(int year, int month, int day)
    {
        if (!IsValidDay(year, month, day))
            throw new ArgumentOutOfRangeException(nameof(day), $"{year:D4}-{month:D2}-{day:D2} is not a calendar day.");
        return new(year, month, day, null);
    }

    /// <summary>A date known to the season.</summary>
    public static PartialDate FromSeason(int year, Season season) => new(CheckYear(year), null, null, season);

    /// <summary>
    /// Reads <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or a season and year such as <c>summer 2024</c>.
    /// Returns false for anything else, including dates that are not on the calendar (2024-13-01, 2023-02-29).
    /// </summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null) return false;
        string s = text.Trim();

        int space = s.IndexOf(' ');
        if (space > 0)
        {
            if (!TryParseSeason(s.Substring(0, space), out var season)) return false;
            if (!TryParseDigits(s.Substring(space + 1), 4, out int seasonYear) || seasonYear < 1) return false;
            date = FromSeason(seasonYear, season);
            return true;
        }

        string[] parts = s.Split('-');
        if (parts.Length > 3 || !TryParseDigits(parts[0], 4, out int year) || year < 1) return false;
        if (parts.Length == 1)
        {
            date = FromYear(year);
            return true;
        }

        if (!TryParseDigits(parts[1], 2, out int month) || month is < 1 or > 12) return false;
        if (parts.Length == 2)
        {
            date = FromMonth(year, month);
            return true;
        }

        if (!TryParseDigits(parts[2], 2, out int day) || !IsValidDay(year, month, day)) return false;
        date = FromDay(year, month, day);
        return true;
    }

    /// <summary>Like <see cref="TryParse"/>, but throws <see cref="FormatException"/> on text it cannot read.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or a season and year such as 'summer 2024'.");

    /// <summary>True when the two dates may mean the same day (their spans of days overlap).</summary>
    public bool Overlaps(PartialDate other) => FirstDay <= other.LastDay && other.FirstDay <= LastDay;

    /// <summary>The date as written in a fact file: 2024, summer 2024, 2024-08 or 2024-10-22.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day),
        DatePrecision.Month => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", Year, Month),
        DatePrecision.Season => string.Format(CultureInfo.InvariantCulture, "{0} {1:D4}", Season!.Value.ToString().ToLowerInvariant(), Year),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <inheritdoc/>
    public bool Equals(PartialDate other) =>
        Year == other.Year && Month == other.Month && Day == other.Day && Season == other.Season;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Year, Month, Day, Season).GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        int byStart = FirstDay.CompareTo(other.FirstDay);
        return byStart != 0 ? byStart : LastDay.CompareTo(other.LastDay);
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    private static int CheckYear(int year) =>
        year is >= 1 and <= 9999 ? year : throw new ArgumentOutOfRangeException(nameof(year), year, "A year is 1 to 9999.");

    private static bool IsValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int FirstMonthOf(Season season) => season switch
    {
        FactModel.Season.Spring => 3,
        FactModel.Season.Summer => 6,
        FactModel.Season.Autumn => 9,
        _ => 12,
    };

    private static bool TryParseSeason(string word, out Season season)
    {
        switch (word.ToLowerInvariant())
        {
            case "spring": season = FactModel.Season.Spring; return true;
            case "summer": season = FactModel.Season.Summer; return true;
            case "autumn": case "fall": season = FactModel.Season.Autumn; return true;
            case "winter": season = FactModel.Season.Winter; return true;
            default: season = default; return false;
        }
    }

    private static bool TryParseDigits(string text, int length, out int value)
    {
        value = 0;
        if (text.Length != length) return false;
        foreach (char c in text)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
