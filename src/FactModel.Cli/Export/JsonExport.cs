using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FactModel.Cli.Facts;
using FactModel.Cli.Output;
using FactModel.Specs;

namespace FactModel.Cli.Export;

/// <summary>
/// <c>factmodel export --format json</c>: the whole fact set in a stable shape documented in docs/cli.md. Keys are
/// the fact format's own (kebab-case), every key is always present (null or [] when the YAML leaves it out), facts
/// are sorted by id within their section, and references are ids. A share's value is derived from its whole, as in
/// the generated model.
/// </summary>
internal static class JsonExport
{
    /// <summary>The version of the shape; it changes only if a key is removed or changes meaning, never when one is added.</summary>
    public const int ShapeVersion = 1;

    public static string Render(FactSet facts) => JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("format", "factmodel");
        writer.WriteNumber("version", ShapeVersion);
        WriteDocuments(writer, facts);
        WriteSection(writer, "actors", facts.All<ActorSpec>(), WriteActor);
        WriteSection(writer, "places", facts.All<PlaceSpec>(), WritePlace);
        WriteSection(writer, "events", facts.All<EventSpec>(), WriteEvent);
        WriteSection(writer, "figures", facts.All<FigureSpec>(), (w, f) => WriteFigure(w, f, facts));
        writer.WriteEndObject();
    });

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

    private static void WriteSection<T>(Utf8JsonWriter writer, string name, IEnumerable<T> facts, System.Action<Utf8JsonWriter, T> write) where T : FactSpec
    {
        writer.WriteStartArray(name);
        foreach (var fact in facts)
        {
            writer.WriteStartObject();
            writer.WriteString("id", fact.Id);
            writer.WriteString("type", fact.RuntimeType);
            write(writer, fact);
            writer.WriteStartArray("sources");
            foreach (var source in fact.Sources)
            {
                writer.WriteStartObject();
                writer.WriteString("document", source.Document);
                writer.WriteString("quote", source.Quote);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteNullableString("notes", fact.Notes);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter writer, ActorSpec actor)
    {
        writer.WriteString("kind", FactText.Word(actor.Kind));
        writer.WriteNullableString("name", actor.Name);
        writer.WriteNullableString("description", actor.Description);
        writer.WriteStrings("aliases", actor.Aliases);
        writer.WriteStartArray("roles");
        foreach (var role in actor.Roles)
        {
            writer.WriteStartObject();
            writer.WriteString("title", role.Title);
            writer.WriteString("of", role.Of.Id);
            writer.WriteNullableString("from", role.From?.ToString());
            writer.WriteNullableString("until", role.Until?.ToString());
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteNullableString("part-of", actor.PartOf?.Id);
        writer.WriteNullableString("led-by", actor.LedBy?.Id);
        writer.WriteNullableString("wikidata", actor.Wikidata);
    }

    private static void WritePlace(Utf8JsonWriter writer, PlaceSpec place)
    {
        writer.WriteNullableString("kind", place.Kind);
        writer.WriteString("name", place.Name);
        writer.WriteNullableString("description", place.Description);
        writer.WriteStrings("aliases", place.Aliases);
        writer.WriteStrings("within", place.Within.Select(r => r.Id));
        writer.WriteNullableString("wikidata", place.Wikidata);
    }

    private static void WriteEvent(Utf8JsonWriter writer, EventSpec @event)
    {
        writer.WriteNullableString("kind", @event.Kind);
        writer.WriteString("title", @event.Title);
        writer.WriteNullableString("description", @event.Description);
        ExportValues.WriteDate(writer, "date", @event.Date);
        writer.WriteString("status", FactText.Word(@event.Status));
        writer.WriteString("certainty", FactText.Word(@event.Certainty));
        writer.WriteStrings("places", @event.Places.Select(r => r.Id));
        writer.WriteStartArray("participants");
        foreach (var participant in @event.Participants)
        {
            writer.WriteStartObject();
            writer.WriteString("actor", participant.Actor.Id);
            writer.WriteString("role", participant.Role);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteNullableString("part-of", @event.PartOf?.Id);
        writer.WriteStrings("after", @event.After.Select(r => r.Id));
        writer.WriteStrings("before", @event.Before.Select(r => r.Id));
        writer.WriteStrings("concurrent-with", @event.ConcurrentWith.Select(r => r.Id));
        writer.WriteStartArray("quotes");
        foreach (var quote in @event.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString("by", quote.By.Id);
            writer.WriteString("text", quote.Text);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteFigure(Utf8JsonWriter writer, FigureSpec figure, FactSet facts)
    {
        writer.WriteString("kind", FactText.Word(figure.Kind));
        writer.WriteString("measure", figure.Measure);
        ExportValues.WriteQuantity(writer, "value", FigureValues.ValueOf(figure, facts));
        ExportValues.WriteShare(writer, "share", figure.Share);
        writer.WriteNullableString("of", figure.Of?.Id);
        writer.WriteNullableString("of-description", figure.OfDescription);
        writer.WriteNullableString("unit", figure.Unit);
        writer.WriteNullableString("about", figure.About?.Id);
        writer.WriteNullableString("according-to", figure.AccordingTo?.Id);
        writer.WriteString("certainty", FactText.Word(figure.Certainty));
        writer.WriteNullableString("as-of", figure.AsOf?.ToString());
        // The values over time, in date order; empty for a figure stated once (its value is "value").
        writer.WriteStartArray("values");
        foreach (var value in figure.Values)
        {
            writer.WriteStartObject();
            ExportValues.WriteQuantity(writer, "value", value.Value);
            writer.WriteNullableString("as-of", value.AsOf?.ToString());
            writer.WriteNullableString("according-to", value.AccordingTo?.Id);
            writer.WriteStartArray("sources");
            foreach (var source in value.Sources)
            {
                writer.WriteStartObject();
                writer.WriteString("document", source.Document);
                writer.WriteString("quote", source.Quote);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
