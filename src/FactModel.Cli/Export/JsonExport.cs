using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FactModel.Cli.Facts;
using FactModel.Cli.Output;
using FactModel.Core.Kinds;
using FactModel.Specs;

namespace FactModel.Cli.Export;

/// <summary>
/// <c>factmodel export --format json</c>: the whole fact set in a stable shape documented in docs/cli.md. Keys are
/// the fact format's own (kebab-case), every key is always present (null or [] when the YAML leaves it out), facts
/// are sorted by id within their section, and references are ids. Each fact is written by the runtime library's
/// JSON converters, from the objects a generated model would hold, so a share's value is derived from its whole as
/// in the model, and <c>JsonSerializer.Serialize(fact)</c> in an application writes the same.
/// </summary>
/// <remarks>
/// A project that declares kinds gets them under <c>"kinds"</c> (each with its fields' keys and types), and each
/// section they declare as a key of its own after the built-in ones (<c>"casualty-reports"</c>; a referenced model's
/// declared sections too, which may hold facts of this model). A fact of a
/// declared kind is written as its built-in kind writes it (a politician as a person; one of a kind with a section of
/// its own with what every fact has), with its kind's id as <c>"kind"</c>, its class's name as <c>"type"</c>, and
/// every declared field under its key before <c>"sources"</c>, in the shapes the built-in fields of its type have
/// (a date, a quantity and a share as objects, a reference as an id). The runtime library has no declared kinds'
/// fields to write, so these are written here, from the parsed facts.
/// </remarks>
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
            WriteKinds(writer, facts.OwnKinds, facts.Kinds);
            WriteDocuments(writer, facts);
            WriteSection(writer, "actors", facts.All<ActorSpec>(), runtime, facts);
            WriteSection(writer, "places", facts.All<PlaceSpec>(), runtime, facts);
            WriteSection(writer, "events", facts.All<EventSpec>(), runtime, facts);
            WriteSection(writer, "figures", facts.All<FigureSpec>(), runtime, facts);
            foreach (string section in facts.DeclaredSections)
                WriteSection(writer, section, facts.InSection(section).Select(d => d.Fact), runtime, facts);
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// The kinds the project declares, as declared: only when it declares some. Those of referenced models are theirs,
    /// in their own export, as their classes are in their own assembly.
    /// </summary>
    private static void WriteKinds(Utf8JsonWriter writer, IReadOnlyList<KindDeclaration> declared, KindCatalog kinds)
    {
        if (declared.Count == 0) return;
        writer.WriteStartArray("kinds");
        foreach (var kind in declared)
        {
            writer.WriteStartObject();
            writer.WriteString("id", kind.Id);
            writer.WriteNullableString("extends", kind.Extends);
            writer.WriteNullableString("section", kinds.SectionOf(kind));
            writer.WriteNullableString("description", kind.Description);
            writer.WriteStartArray("fields");
            foreach (var field in kind.Fields)
            {
                writer.WriteStartObject();
                writer.WriteString("key", field.Key);
                writer.WriteString("type", FieldTypeWords.Of(field));
                writer.WriteBoolean("list", field.List);
                writer.WriteBoolean("required", field.Required);
                writer.WriteStrings("values", field.Values);
                writer.WriteNullableString("description", field.Description);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
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
    /// applications that serialize their model (src/FactModel/Json); a fact of a declared kind with its declared fields.
    /// </summary>
    private static void WriteSection<T>(Utf8JsonWriter writer, string name, IEnumerable<T> specs, IReadOnlyDictionary<string, Fact> runtime, FactSet facts)
        where T : FactSpec
    {
        writer.WriteStartArray(name);
        foreach (var spec in specs)
        {
            if (spec.DeclaredKind is null) JsonSerializer.Serialize<Fact>(writer, runtime[spec.Id]);
            else WriteDeclared(writer, spec, runtime[spec.Id], facts.Kinds);
        }
        writer.WriteEndArray();
    }

    /// <summary>
    /// A fact of a declared kind: what the runtime library writes for the fact it is built on, with the kind and type
    /// the project declared, and each declared field before the sources.
    /// </summary>
    private static void WriteDeclared(Utf8JsonWriter writer, FactSpec spec, Fact fact, KindCatalog kinds)
    {
        var builtIn = JsonSerializer.SerializeToElement<Fact>(fact);
        writer.WriteStartObject();
        foreach (var property in builtIn.EnumerateObject())
        {
            switch (property.Name)
            {
                case "type":
                    writer.WriteString("type", spec.RuntimeType);
                    continue;
                case "kind":
                    writer.WriteString("kind", spec.Declaration.Id);
                    continue;
                case "sources":
                    foreach (var (field, value) in DeclaredFields.Of(spec, kinds)) WriteField(writer, field, value);
                    break;
            }
            property.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    /// <summary>A declared field under its key: null or [] when the YAML leaves it out, as every built-in key.</summary>
    private static void WriteField(Utf8JsonWriter writer, FieldDeclaration field, FieldValue? value)
    {
        writer.WritePropertyName(field.Key);
        if (field.List)
        {
            writer.WriteStartArray();
            foreach (var item in value?.Items ?? default) WriteItem(writer, field, item);
            writer.WriteEndArray();
        }
        else if (value is null) writer.WriteNullValue();
        else WriteItem(writer, field, value.Items[0]);
    }

    /// <summary>One value, in the shape the runtime library gives the built-in fields of its type.</summary>
    private static void WriteItem(Utf8JsonWriter writer, FieldDeclaration field, DeclaredValue item)
    {
        switch (field.Type)
        {
            case FieldType.Number when item.Number is { } number: writer.WriteDecimalValue(number); break;
            case FieldType.Boolean when item.Boolean is { } boolean: writer.WriteBooleanValue(boolean); break;
            case FieldType.Quantity when item.Quantity is { } quantity: JsonSerializer.Serialize(writer, quantity); break;
            case FieldType.Share when item.Share is { } share: JsonSerializer.Serialize(writer, share); break;
            case FieldType.Date or FieldType.DateSpan when item.Date is { } date: JsonSerializer.Serialize(writer, date); break;
            case FieldType.Reference when item.Reference is { } reference: writer.WriteStringValue(reference.Id); break;
            default:
                if (item.Text is { } text) writer.WriteStringValue(text);
                else writer.WriteNullValue();
                break;
        }
    }
}
