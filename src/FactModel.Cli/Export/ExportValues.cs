using System.Globalization;
using System.Text.Json;
using FactModel.Cli.Facts;
using FactModel.Cli.Output;

namespace FactModel.Cli.Export;

/// <summary>
/// How the JSON export writes the format's value types: a date, a quantity, a share and a bound each keep what was
/// written (as "text" and its parts) next to what is derived from it (days, numeric bounds), so that a reader never
/// has to choose between honesty and computability.
/// </summary>
internal static class ExportValues
{
    /// <summary>"2024-10-22": a day as ISO 8601.</summary>
    public static string IsoDay(System.DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>{ "text", "start", "end", "ongoing", "precision", "first-day", "last-day" }</c>: "summer 2024" starts and ends
    /// with itself, has the precision "season" and means the days 2024-06-01 to 2024-08-31.
    /// </summary>
    public static void WriteDate(Utf8JsonWriter writer, string name, DateSpan? date)
    {
        if (date is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        writer.WriteString("text", date.ToString());
        writer.WriteString("start", date.Start.ToString());
        writer.WriteNullableString("end", date.End?.ToString());
        writer.WriteBoolean("ongoing", date.IsOngoing);
        writer.WriteString("precision", FactText.Word(date.Start.Precision));
        writer.WriteString("first-day", IsoDay(date.FirstDay));
        writer.WriteNullableString("last-day", date.LastDay is { } last ? IsoDay(last) : null);
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>{ "text", "kind", "number", "rounded-to", "min", "max", "magnitude", "qualifier", "lower-bound", "upper-bound" }</c>:
    /// "over 42,000 people" is the number 42000 with the qualifier "over" and an exclusive lower bound of 42000.
    /// </summary>
    public static void WriteQuantity(Utf8JsonWriter writer, string name, Quantity? quantity)
    {
        if (quantity is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        writer.WriteString("text", quantity.ToString());
        writer.WriteString("kind", FactText.Word(quantity.Kind));
        WriteNullableNumber(writer, "number", quantity.Value);
        WriteNullableNumber(writer, "rounded-to", quantity.RoundedTo);
        WriteNullableNumber(writer, "min", quantity.Minimum);
        WriteNullableNumber(writer, "max", quantity.Maximum);
        writer.WriteNullableString("magnitude", quantity.Magnitude is { } magnitude ? FactText.Word(magnitude) : null);
        writer.WriteString("qualifier", FactText.Word(quantity.Qualifier));
        WriteBound(writer, "lower-bound", quantity.LowerBound);
        WriteBound(writer, "upper-bound", quantity.UpperBound);
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>{ "text", "kind", "numerator", "denominator", "qualifier", "lower-bound", "upper-bound" }</c>, bounds as
    /// proportions of the whole from 0 to 1: "around 90%" is 0.81 to 0.99.
    /// </summary>
    public static void WriteShare(Utf8JsonWriter writer, string name, Share? share)
    {
        if (share is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        writer.WriteString("text", share.ToString());
        writer.WriteString("kind", FactText.Word(share.Kind));
        if (share.Kind == ShareKind.Most)
        {
            writer.WriteNull("numerator");
            writer.WriteNull("denominator");
        }
        else
        {
            writer.WriteDecimal("numerator", share.Numerator);
            writer.WriteDecimal("denominator", share.Denominator);
        }
        writer.WriteString("qualifier", FactText.Word(share.Qualifier));
        WriteBound(writer, "lower-bound", share.LowerBound);
        WriteBound(writer, "upper-bound", share.UpperBound);
        writer.WriteEndObject();
    }

    /// <summary><c>{ "value", "inclusive" }</c>, or null for no bound.</summary>
    public static void WriteBound(Utf8JsonWriter writer, string name, Bound? bound)
    {
        if (bound is not { } b)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        writer.WriteDecimal("value", b.Value);
        writer.WriteBoolean("inclusive", b.Inclusive);
        writer.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v) writer.WriteDecimal(name, v);
        else writer.WriteNull(name);
    }
}
