#if NET
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace FactModel.Json;

/// <summary>
/// How facts' values are written as JSON, the one shape of <c>factmodel export --format json</c> and of
/// <see cref="JsonSerializer"/> with default options: a date, a quantity, a share and a bound each keep what was
/// written (as "text" and its parts) next to what is derived from it (days, numeric bounds), so that a reader never
/// has to choose between honesty and computability. Enums are the fact format's kebab-case words.
/// </summary>
internal static class JsonValues
{
    /// <summary>An enum value as the fact format writes it: <c>MoreThan</c> is "more-than".</summary>
    public static string Word<TEnum>(TEnum value) where TEnum : struct, Enum => Kebab.FromPascalCase(value.ToString());

    /// <summary>"2024-10-22": a day as ISO 8601.</summary>
    public static string IsoDay(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>{ "text", "start", "end", "ongoing", "precision", "first-day", "last-day" }</c>: "summer 2024" starts and ends
    /// with itself, has the precision "season" and means the days 2024-06-01 to 2024-08-31.
    /// </summary>
    public static void WriteDate(Utf8JsonWriter writer, DateSpan date)
    {
        writer.WriteStartObject();
        writer.WriteString("text", date.ToString());
        writer.WriteString("start", date.Start.ToString());
        WriteNullableString(writer, "end", date.End?.ToString());
        writer.WriteBoolean("ongoing", date.IsOngoing);
        writer.WriteString("precision", Word(date.Start.Precision));
        writer.WriteString("first-day", IsoDay(date.FirstDay));
        WriteNullableString(writer, "last-day", date.LastDay is { } last ? IsoDay(last) : null);
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>{ "text", "kind", "number", "rounded-to", "min", "max", "magnitude", "qualifier", "lower-bound", "upper-bound" }</c>:
    /// "over 42,000 people" is the number 42000 with the qualifier "over" and an exclusive lower bound of 42000.
    /// </summary>
    public static void WriteQuantity(Utf8JsonWriter writer, Quantity quantity)
    {
        writer.WriteStartObject();
        writer.WriteString("text", quantity.ToString());
        writer.WriteString("kind", Word(quantity.Kind));
        WriteNullableNumber(writer, "number", quantity.Value);
        WriteNullableNumber(writer, "rounded-to", quantity.RoundedTo);
        WriteNullableNumber(writer, "min", quantity.Minimum);
        WriteNullableNumber(writer, "max", quantity.Maximum);
        WriteNullableString(writer, "magnitude", quantity.Magnitude is { } magnitude ? Word(magnitude) : null);
        writer.WriteString("qualifier", Word(quantity.Qualifier));
        WriteBound(writer, "lower-bound", quantity.LowerBound);
        WriteBound(writer, "upper-bound", quantity.UpperBound);
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>{ "text", "kind", "numerator", "denominator", "qualifier", "lower-bound", "upper-bound" }</c>, bounds as
    /// proportions of the whole from 0 to 1: "around 90%" is 0.81 to 0.99.
    /// </summary>
    public static void WriteShare(Utf8JsonWriter writer, Share share)
    {
        writer.WriteStartObject();
        writer.WriteString("text", share.ToString());
        writer.WriteString("kind", Word(share.Kind));
        if (share.Kind == ShareKind.Most)
        {
            writer.WriteNull("numerator");
            writer.WriteNull("denominator");
        }
        else
        {
            WriteDecimal(writer, "numerator", share.Numerator);
            WriteDecimal(writer, "denominator", share.Denominator);
        }
        writer.WriteString("qualifier", Word(share.Qualifier));
        WriteBound(writer, "lower-bound", share.LowerBound);
        WriteBound(writer, "upper-bound", share.UpperBound);
        writer.WriteEndObject();
    }

    /// <summary><c>{ "value", "inclusive" }</c>.</summary>
    public static void WriteBound(Utf8JsonWriter writer, Bound bound)
    {
        writer.WriteStartObject();
        WriteDecimal(writer, "value", bound.Value);
        writer.WriteBoolean("inclusive", bound.Inclusive);
        writer.WriteEndObject();
    }

    /// <summary><c>{ "document", "quote" }</c>.</summary>
    public static void WriteSource(Utf8JsonWriter writer, Source source)
    {
        writer.WriteStartObject();
        writer.WriteString("document", source.Document);
        writer.WriteString("quote", source.Quote);
        writer.WriteEndObject();
    }

    /// <summary><c>{ "title", "of", "from", "until" }</c>, the actor it is a role of by id.</summary>
    public static void WriteRole(Utf8JsonWriter writer, Role role)
    {
        writer.WriteStartObject();
        writer.WriteString("title", role.Title);
        writer.WriteString("of", role.Of.Id);
        WriteNullableString(writer, "from", role.From?.ToString());
        WriteNullableString(writer, "until", role.Until?.ToString());
        writer.WriteEndObject();
    }

    /// <summary><c>{ "actor", "role" }</c>, the actor by id.</summary>
    public static void WriteParticipant(Utf8JsonWriter writer, Participant participant)
    {
        writer.WriteStartObject();
        writer.WriteString("actor", participant.Actor.Id);
        writer.WriteString("role", participant.Role);
        writer.WriteEndObject();
    }

    /// <summary><c>{ "by", "text" }</c>, the actor by id.</summary>
    public static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        writer.WriteStartObject();
        writer.WriteString("by", quote.By.Id);
        writer.WriteString("text", quote.Text);
        writer.WriteEndObject();
    }

    public static void WriteDate(Utf8JsonWriter writer, string name, DateSpan? date)
    {
        writer.WritePropertyName(name);
        if (date is null) writer.WriteNullValue();
        else WriteDate(writer, date);
    }

    public static void WriteQuantity(Utf8JsonWriter writer, string name, Quantity? quantity)
    {
        writer.WritePropertyName(name);
        if (quantity is null) writer.WriteNullValue();
        else WriteQuantity(writer, quantity);
    }

    public static void WriteShare(Utf8JsonWriter writer, string name, Share? share)
    {
        writer.WritePropertyName(name);
        if (share is null) writer.WriteNullValue();
        else WriteShare(writer, share);
    }

    public static void WriteBound(Utf8JsonWriter writer, string name, Bound? bound)
    {
        writer.WritePropertyName(name);
        if (bound is { } b) WriteBound(writer, b);
        else writer.WriteNullValue();
    }

    /// <summary>Each item of <paramref name="items"/> with <paramref name="write"/>, as an array.</summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items) write(writer, item);
        writer.WriteEndArray();
    }

    /// <summary>Facts by id, as an array.</summary>
    public static void WriteIds(Utf8JsonWriter writer, string name, IEnumerable<Fact> facts) =>
        WriteArray(writer, name, facts, static (w, fact) => w.WriteStringValue(fact.Id));

    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values) =>
        WriteArray(writer, name, values, static (w, value) => w.WriteStringValue(value));

    /// <summary>A value of a field added to a built-in kind (<see cref="Data.FactValues"/>), in the shape of the same type's built-in fields.</summary>
    public static void WriteAdded(Utf8JsonWriter writer, string name, object? value)
    {
        writer.WritePropertyName(name);
        WriteAddedValue(writer, value);
    }

    private static void WriteAddedValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case bool boolean: writer.WriteBooleanValue(boolean); break;
            case Quantity quantity: WriteQuantity(writer, quantity); break;
            case Share share: WriteShare(writer, share); break;
            case DateSpan date: WriteDate(writer, date); break;
            case FactRef<Fact> reference: writer.WriteStringValue(reference.Id); break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (object? item in items) WriteAddedValue(writer, item);
                writer.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"A fact holds a value of an unknown type: {value.GetType().Name}.");
        }
    }

    public static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    /// <summary>
    /// Writes a decimal without the trailing zeros its computation left (225.00 is 225), so that equal numbers
    /// always print alike.
    /// </summary>
    public static void WriteDecimal(Utf8JsonWriter writer, string name, decimal value)
    {
        writer.WritePropertyName(name);
        writer.WriteNumberValue(Normalize(value));
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v) WriteDecimal(writer, name, v);
        else writer.WriteNull(name);
    }

    // A decimal keeps the scale of its computation (90.00 for 10% off 100); printing with optional digits and
    // parsing back gives the same value with the smallest scale.
    private static decimal Normalize(decimal value) =>
        decimal.Parse(value.ToString("0.############################", CultureInfo.InvariantCulture), NumberStyles.Number, CultureInfo.InvariantCulture);
}
#endif
