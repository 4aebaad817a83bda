#if NET
using System.Text.Json;

namespace FactModel.Json;

/// <summary>
/// A fact as JSON, the shape of <c>factmodel export --format json</c> (docs/cli.md): the keys of the fact format,
/// every key always present (null or [] when the YAML leaves it out), the runtime type's fields whatever the static
/// type, and every other fact by its id, so that facts that refer to each other in a cycle write finitely. A fact of a
/// kind the project declares writes what the built-in kind it extends writes; one that extends fact directly writes
/// its id, its type's name in kebab-case as its kind (the kind's id is the generator's), its sources and notes. The
/// fields added to a built-in kind (<see cref="Fact.AddedValues"/>) follow its own, each under its key.
/// </summary>
internal static class FactJson
{
    public static void Write(Utf8JsonWriter writer, Fact fact)
    {
        writer.WriteStartObject();
        writer.WriteString("id", fact.Id);
        writer.WriteString("type", fact.GetType().Name);
        switch (fact)
        {
            case Actor actor:
                WriteActor(writer, actor);
                break;
            case Place place:
                WritePlace(writer, place);
                break;
            case Event @event:
                WriteEvent(writer, @event);
                break;
            case Figure figure:
                WriteFigure(writer, figure);
                break;
            default:
                // A kind the project declares, extending fact: its kind id is the generator's, so the type's name stands in.
                writer.WriteString("kind", Kebab.FromPascalCase(fact.GetType().Name));
                break;
        }
        // Fields added to the built-in kind, under their keys, as the export writes a project's declared fields.
        if (fact.AddedValues is { } added)
        {
            foreach (var pair in added.All) JsonValues.WriteAdded(writer, pair.Key, pair.Value);
        }
        JsonValues.WriteArray(writer, "sources", fact.Sources, JsonValues.WriteSource);
        JsonValues.WriteNullableString(writer, "notes", fact.Notes);
        writer.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter writer, Actor actor)
    {
        writer.WriteString("kind", JsonValues.Word(actor.Kind));
        JsonValues.WriteNullableString(writer, "name", actor.Name);
        JsonValues.WriteNullableString(writer, "description", actor.Description);
        JsonValues.WriteStrings(writer, "aliases", actor.Aliases);
        JsonValues.WriteArray(writer, "roles", actor.Roles, JsonValues.WriteRole);
        JsonValues.WriteNullableString(writer, "part-of", actor.PartOf?.Id);
        JsonValues.WriteNullableString(writer, "led-by", actor.LedBy?.Id);
        JsonValues.WriteNullableString(writer, "wikidata", actor.Wikidata);
    }

    private static void WritePlace(Utf8JsonWriter writer, Place place)
    {
        JsonValues.WriteNullableString(writer, "kind", place.Kind);
        writer.WriteString("name", place.Name);
        JsonValues.WriteNullableString(writer, "description", place.Description);
        JsonValues.WriteStrings(writer, "aliases", place.Aliases);
        JsonValues.WriteIds(writer, "within", place.Within);
        JsonValues.WriteNullableString(writer, "wikidata", place.Wikidata);
    }

    private static void WriteEvent(Utf8JsonWriter writer, Event @event)
    {
        JsonValues.WriteNullableString(writer, "kind", @event.Kind);
        writer.WriteString("title", @event.Title);
        JsonValues.WriteNullableString(writer, "description", @event.Description);
        JsonValues.WriteDate(writer, "date", @event.Date);
        writer.WriteString("status", JsonValues.Word(@event.Status));
        writer.WriteString("certainty", JsonValues.Word(@event.Certainty));
        JsonValues.WriteIds(writer, "places", @event.Places);
        JsonValues.WriteArray(writer, "participants", @event.Participants, JsonValues.WriteParticipant);
        JsonValues.WriteNullableString(writer, "part-of", @event.PartOf?.Id);
        JsonValues.WriteIds(writer, "after", @event.After);
        JsonValues.WriteIds(writer, "before", @event.Before);
        JsonValues.WriteIds(writer, "concurrent-with", @event.ConcurrentWith);
        JsonValues.WriteArray(writer, "quotes", @event.Quotes, JsonValues.WriteQuote);
    }

    private static void WriteFigure(Utf8JsonWriter writer, Figure figure)
    {
        writer.WriteString("kind", JsonValues.Word(figure.Kind));
        writer.WriteString("measure", figure.Measure);
        // A share of another figure writes the value derived from its whole, as the model reads it.
        JsonValues.WriteQuantity(writer, "value", figure.Value);
        JsonValues.WriteShare(writer, "share", figure.Share);
        // The whole: a figure, or a group the text does not count (its id), or the whole in words.
        JsonValues.WriteNullableString(writer, "of", figure.Of?.Id ?? figure.OfGroup?.Id);
        JsonValues.WriteNullableString(writer, "of-description", figure.OfDescription);
        JsonValues.WriteNullableString(writer, "unit", figure.Value.Unit);
        JsonValues.WriteNullableString(writer, "about", figure.About?.Id);
        JsonValues.WriteNullableString(writer, "according-to", figure.AccordingTo?.Id);
        writer.WriteString("certainty", JsonValues.Word(figure.Certainty));
        JsonValues.WriteNullableString(writer, "as-of", figure.AsOf?.ToString());
        // The values over time, in date order; empty for a figure stated once, whose one value, date and source are
        // "value", "as-of" and "according-to" above.
        JsonValues.WriteArray(writer, "values", figure.Values.Count > 1 ? figure.Values : System.Array.Empty<FigureValue>(), static (w, value) =>
        {
            w.WriteStartObject();
            JsonValues.WriteQuantity(w, "value", value.Value);
            JsonValues.WriteNullableString(w, "as-of", value.AsOf?.ToString());
            JsonValues.WriteNullableString(w, "according-to", value.AccordingTo?.Id);
            JsonValues.WriteArray(w, "sources", value.Sources, JsonValues.WriteSource);
            w.WriteEndObject();
        });
    }
}
#endif
