using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactModel.Cli.Output;

/// <summary>
/// Writes JSON the same way on every machine: two-space indents, "\n" line ends, a final newline, and text left
/// readable (quotes, apostrophes and non-ASCII letters are not turned into \u escapes: the output is a file, not
/// HTML).
/// </summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON that <paramref name="write"/> writes, as text.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options)) write(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// Writes a decimal without the trailing zeros its computation left (225.00 is 225), so that equal numbers
    /// always print alike.
    /// </summary>
    public static void WriteDecimal(this Utf8JsonWriter writer, string name, decimal value)
    {
        writer.WritePropertyName(name);
        writer.WriteNumberValue(Normalize(value));
    }

    /// <summary>Writes a decimal as an array item or a value, without trailing zeros (see <see cref="WriteDecimal"/>).</summary>
    public static void WriteDecimalValue(this Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(Normalize(value));

    /// <summary>Writes a string property, or null.</summary>
    public static void WriteNullableString(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    /// <summary>Writes an array of strings.</summary>
    public static void WriteStrings(this Utf8JsonWriter writer, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    // A decimal keeps the scale of its computation (90.00 for 10% off 100); printing with optional digits and
    // parsing back gives the same value with the smallest scale.
    private static decimal Normalize(decimal value) =>
        decimal.Parse(value.ToString("0.############################", CultureInfo.InvariantCulture), NumberStyles.Number, CultureInfo.InvariantCulture);
}
