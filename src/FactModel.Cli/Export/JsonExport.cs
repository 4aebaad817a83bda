using System.Collections.Generic;
using System.Text.Json;
using FactModel.Cli.Facts;
using FactModel.Cli.Output;
using FactModel.Specs;

namespace FactModel.Cli.Export;

/// <summary>
/// <c>factmodel export --format json</c>: the whole fact set in a stable shape documented in docs/cli.md. Keys are
/// the fact format's own (kebab-case), every key is always present (null or [] when the YAML leaves it out), facts
/// are sorted by id within their section, and references are ids. Each fact is written by the runtime library's
/// JSON converters, from the objects a generated model would hold, so a share's value is derived from its whole as
/// in the model, and <c>JsonSerializer.Serialize(fact)</c> in an application writes the same.
/// </summary>
internal static class JsonExport
{
    /// <summary>The version of the shape; it changes only if a key is removed or changes meaning, never when one is added.</summary>
    public const int ShapeVersion = 1;

    public static string Render(FactSet facts)
    {
        var runtime = RuntimeFacts.Of(facts);
        return JsonText.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("format", "factmodel");
            writer.WriteNumber("version", ShapeVersion);
            WriteDocuments(writer, facts);
            WriteSection(writer, "actors", facts.All<ActorSpec>(), runtime);
            WriteSection(writer, "places", facts.All<PlaceSpec>(), runtime);
            WriteSection(writer, "events", facts.All<EventSpec>(), runtime);
            WriteSection(writer, "figures", facts.All<FigureSpec>(), runtime);
            writer.WriteEndObject();
        });
    }

    private static void WriteDocuments(Utf8JsonWriter writer, FactSet facts)
    {
        writer.WriteStartArray("documents");
        foreach (var document in ExportDocument.Of(facts))
        {
            writer.WriteStartObject();
            writer.WriteString("id", document.Id);
            writer.WriteNullableString("title", document.Spec?.Title);
            writer.WriteNullableString("published", document.Spec?.Published?.ToString());
            writer.WriteNullableString("publisher", document.Spec?.Publisher);
            writer.WriteNullableString("url", document.Spec?.Url);
            writer.WriteNullableString("file", document.File);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>
    /// Each fact as the runtime library serializes it with default options: one shape for the export and for
    /// applications that serialize their model (src/FactModel/Json).
    /// </summary>
    private static void WriteSection<T>(Utf8JsonWriter writer, string name, IEnumerable<T> facts, IReadOnlyDictionary<string, Fact> runtime) where T : FactSpec
    {
        writer.WriteStartArray(name);
        foreach (var fact in facts) JsonSerializer.Serialize<Fact>(writer, runtime[fact.Id]);
        writer.WriteEndArray();
    }
}
