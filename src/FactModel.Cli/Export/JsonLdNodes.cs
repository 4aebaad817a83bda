using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FactModel.Cli.Facts;
using FactModel.Cli.Output;
using FactModel.Core.Kinds;
using FactModel.Specs;
using static FactModel.Cli.Export.JsonLdVocabulary;

namespace FactModel.Cli.Export;

/// <summary>The properties of each kind of fact in the JSON-LD export (the node's <c>@id</c>, sources and notes are written by <see cref="JsonLdExport"/>).</summary>
internal static class JsonLdNodes
{
    public static void WriteActor(Utf8JsonWriter writer, ActorSpec actor)
    {
        writer.WriteString("@type", actor.Kind switch
        {
            ActorKind.Person => "Person",
            ActorKind.State => "Country",
            _ => "Organization",
        });
        writer.WriteString(Term("kind"), FactText.KindOf(actor));
        if (actor.Name is { } name) writer.WriteString("name", name);
        if (actor.Description is { } description) writer.WriteString("description", description);
        WriteAliases(writer, actor.Aliases);
        WriteSameAs(writer, actor.Wikidata);

        // Offices are schema.org's Role pattern: memberOf holds a role that holds memberOf. A person's part-of is
        // plain membership; an organization's is its parent organization.
        var personPartOf = actor.Kind == ActorKind.Person ? actor.PartOf : null;
        if (actor.Roles.Count > 0 || personPartOf is not null)
        {
            writer.WriteStartArray("memberOf");
            foreach (var role in actor.Roles) WriteRole(writer, role);
            if (personPartOf is { } partOf) WriteRefValue(writer, FactId(partOf.Id));
            writer.WriteEndArray();
        }
        if (actor.Kind != ActorKind.Person && actor.PartOf is { } partOfOrganization) WriteRef(writer, "parentOrganization", FactId(partOfOrganization.Id));
        if (actor.LedBy is { } ledBy) WriteRef(writer, Term("ledBy"), FactId(ledBy.Id));
    }

    private static void WriteRole(Utf8JsonWriter writer, RoleSpec role)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", "OrganizationRole");
        writer.WriteString("roleName", role.Title);
        WriteRef(writer, "memberOf", FactId(role.Of.Id));
        if (role.From is { } from && IsoDate(from) is { } start) writer.WriteString("startDate", start);
        if (role.Until is { } until && IsoDate(until) is { } end) writer.WriteString("endDate", end);
        writer.WriteEndObject();
    }

    public static void WritePlace(Utf8JsonWriter writer, PlaceSpec place)
    {
        writer.WriteString("@type", place.Kind switch
        {
            "country" => "Country",
            "city" => "City",
            _ => "Place",
        });
        if (FactText.KindOf(place) is { } kind) writer.WriteString(Term("kind"), kind);
        writer.WriteString("name", place.Name);
        if (place.Description is { } description) writer.WriteString("description", description);
        WriteAliases(writer, place.Aliases);
        WriteSameAs(writer, place.Wikidata);
        WriteRefs(writer, "containedInPlace", place.Within.Select(r => r.Id));
    }

    public static void WriteEvent(Utf8JsonWriter writer, EventSpec @event)
    {
        writer.WriteString("@type", "Event");
        if (FactText.KindOf(@event) is { } kind) writer.WriteString(Term("kind"), kind);
        writer.WriteString("name", @event.Title);
        if (@event.Description is { } description) writer.WriteString("description", description);
        if (@event.Date is { } date)
        {
            // ISO 8601 keeps a day, a month or a year as it is; a season has no ISO form, so only fm:date holds it.
            if (IsoDate(date.Start) is { } start) writer.WriteString("startDate", start);
            if (date.End is { } end && IsoDate(end) is { } endText) writer.WriteString("endDate", endText);
            writer.WriteString(Term("date"), date.ToString());
        }
        if (@event.Status == EventStatus.Expected) writer.WriteString("eventStatus", "EventScheduled");
        writer.WriteString(Term("status"), FactText.Word(@event.Status));
        writer.WriteString(Term("certainty"), FactText.Word(@event.Certainty));
        WriteRefs(writer, "location", @event.Places.Select(r => r.Id));
        if (@event.PartOf is { } partOf) WriteRef(writer, "superEvent", FactId(partOf.Id));
        if (@event.Participants.Count > 0)
        {
            // schema.org has no neutral "participant" of an event: attendee in the Role pattern is the closest, and
            // the role word (visitor, host, target...) keeps what the participation was.
            writer.WriteStartArray("attendee");
            foreach (var participant in @event.Participants)
            {
                writer.WriteStartObject();
                writer.WriteString("@type", "Role");
                writer.WriteString("roleName", participant.Role);
                WriteRef(writer, "attendee", FactId(participant.Actor.Id));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        WriteRefs(writer, Term("after"), @event.After.Select(r => r.Id));
        WriteRefs(writer, Term("before"), @event.Before.Select(r => r.Id));
        WriteRefs(writer, Term("concurrentWith"), @event.ConcurrentWith.Select(r => r.Id));
        if (@event.Quotes.Count > 0)
        {
            writer.WriteStartArray(Term("quotes"));
            foreach (var quote in @event.Quotes)
            {
                writer.WriteStartObject();
                writer.WriteString("@type", "Quotation");
                writer.WriteString("text", quote.Text);
                WriteRef(writer, "spokenByCharacter", FactId(quote.By.Id));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
    }

    public static void WriteFigure(Utf8JsonWriter writer, FigureSpec figure, FactSet facts)
    {
        writer.WriteString("@type", "QuantitativeValue");
        writer.WriteString(Term("kind"), FactText.KindOf(figure));
        writer.WriteString("name", figure.Measure);
        if (FigureValues.ValueOf(figure, facts) is { } value) WriteQuantity(writer, value);
        if (figure.Unit is { } unit) writer.WriteString("unitText", unit);
        if (figure.Share is { } share)
        {
            writer.WritePropertyName(Term("share"));
            WriteShare(writer, share);
        }
        if (figure.Of is { } of) WriteRef(writer, Term("of"), FactId(of.Id));
        if (figure.OfDescription is { } whole) writer.WriteString(Term("ofDescription"), whole);
        if (figure.About is { } about) WriteRef(writer, Term("about"), FactId(about.Id));
        if (figure.AccordingTo is { } accordingTo) WriteRef(writer, Term("accordingTo"), FactId(accordingTo.Id));
        writer.WriteString(Term("certainty"), FactText.Word(figure.Certainty));
        if (figure.AsOf is { } asOf) writer.WriteString(Term("asOf"), asOf.ToString());
        if (!figure.Values.IsEmpty)
        {
            writer.WriteStartArray(Term("values"));
            foreach (var entry in figure.Values)
            {
                writer.WriteStartObject();
                writer.WriteString(Term("valueText"), entry.Value.ToString());
                WriteBound(writer, Term("lowerBound"), entry.Value.LowerBound);
                WriteBound(writer, Term("upperBound"), entry.Value.UpperBound);
                if (entry.AsOf is { } valueAsOf) writer.WriteString(Term("asOf"), valueAsOf.ToString());
                if (entry.AccordingTo is { } valueAccordingTo) WriteRef(writer, Term("accordingTo"), FactId(valueAccordingTo.Id));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
    }

    /// <summary>
    /// A fact of a kind with a section of its own: schema.org's <c>Thing</c>, the most general type, with the name it
    /// is known by when its kind has one (<see cref="FactModel.Core.Kinds.KindCatalog.DisplayFieldOf"/>).
    /// </summary>
    public static void WriteDeclaredFact(Utf8JsonWriter writer, DeclaredFactSpec fact, FactSet facts)
    {
        writer.WriteString("@type", "Thing");
        writer.WriteString(Term("kind"), fact.Declaration.Id);
        if (DeclaredFields.DisplayNameOf(fact, facts.Kinds) is { } name) writer.WriteString("name", name);
    }

    /// <summary>
    /// The values of the fields the project declared, each under <c>fm:</c> and its key as declared
    /// (<c>fm:in-office-since</c>): kebab-case, so that a project's terms never take the name of one FactModel
    /// defines (those are camelCase), whatever a key is called. References are nodes by <c>@id</c>, quantities
    /// QuantitativeValues as a figure's value is, shares and dates as figures and events write them.
    /// </summary>
    public static void WriteDeclaredValues(Utf8JsonWriter writer, FactSpec fact, FactSet facts)
    {
        foreach (var (field, value) in DeclaredFields.AddedOf(fact, facts.Kinds).Concat(DeclaredFields.Of(fact, facts.Kinds)))
        {
            if (value is null) continue;
            writer.WritePropertyName(Term(field.Key));
            if (field.List) writer.WriteStartArray();
            foreach (var item in value.Items) WriteDeclaredValue(writer, field, item);
            if (field.List) writer.WriteEndArray();
        }
    }

    private static void WriteDeclaredValue(Utf8JsonWriter writer, FieldDeclaration field, DeclaredValue item)
    {
        switch (field.Type)
        {
            case FieldType.Number when item.Number is { } number: writer.WriteDecimalValue(number); break;
            case FieldType.Boolean when item.Boolean is { } boolean: writer.WriteBooleanValue(boolean); break;
            case FieldType.Quantity when item.Quantity is { } quantity:
                writer.WriteStartObject();
                writer.WriteString("@type", "QuantitativeValue");
                WriteQuantity(writer, quantity);
                if (quantity.Unit is { } unit) writer.WriteString("unitText", unit);
                writer.WriteEndObject();
                break;
            case FieldType.Share when item.Share is { } share: WriteShare(writer, share); break;
            case FieldType.Date or FieldType.DateSpan when item.Date is { } date: writer.WriteStringValue(date.ToString()); break;
            case FieldType.Reference when item.Reference is { } reference: WriteRefValue(writer, FactId(reference.Id)); break;
            case FieldType.Wikidata when item.Text is { } wikidata: writer.WriteStringValue(WikidataItem + wikidata); break;
            default:
                if (item.Text is { } text) writer.WriteStringValue(text);
                else writer.WriteNullValue();
                break;
        }
    }

    /// <summary>
    /// A quantity's properties, on the node that is its QuantitativeValue: its text, an exact value, schema.org's
    /// inclusive bounds, and under <c>fm:</c> the qualifier and both bounds with whether they are included.
    /// </summary>
    private static void WriteQuantity(Utf8JsonWriter writer, Quantity value)
    {
        writer.WriteString(Term("valueText"), value.ToString());
        if (value.Kind == QuantityKind.Number && value.Qualifier == Qualifier.Exact && value.Value is { } exact) writer.WriteDecimal("value", exact);
        // schema.org's minValue and maxValue are inclusive: an exclusive bound ("over 42,000") is only in fm:.
        if (value.LowerBound is { Inclusive: true } min) writer.WriteDecimal("minValue", min.Value);
        if (value.UpperBound is { Inclusive: true } max) writer.WriteDecimal("maxValue", max.Value);
        if (value.Kind != QuantityKind.Derived) writer.WriteString(Term("qualifier"), value.Magnitude is { } magnitude ? FactText.Word(magnitude) : FactText.Word(value.Qualifier));
        WriteBound(writer, Term("lowerBound"), value.LowerBound);
        WriteBound(writer, Term("upperBound"), value.UpperBound);
    }

    /// <summary>A share as an object: its text and bounds, as proportions of the whole.</summary>
    private static void WriteShare(Utf8JsonWriter writer, Share share)
    {
        writer.WriteStartObject();
        writer.WriteString(Term("text"), share.ToString());
        WriteBound(writer, Term("lowerBound"), share.LowerBound);
        WriteBound(writer, Term("upperBound"), share.UpperBound);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"name": { "@id": id }</c>.</summary>
    public static void WriteRef(Utf8JsonWriter writer, string name, string id)
    {
        writer.WritePropertyName(name);
        WriteRefValue(writer, id);
    }

    private static void WriteRefValue(Utf8JsonWriter writer, string id)
    {
        writer.WriteStartObject();
        writer.WriteString("@id", id);
        writer.WriteEndObject();
    }

    private static void WriteRefs(Utf8JsonWriter writer, string name, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        if (list.Count == 0) return;
        writer.WriteStartArray(name);
        foreach (string id in list) WriteRefValue(writer, FactId(id));
        writer.WriteEndArray();
    }

    private static void WriteAliases(Utf8JsonWriter writer, EquatableArray<string> aliases)
    {
        if (aliases.Count > 0) writer.WriteStrings("alternateName", aliases);
    }

    private static void WriteSameAs(Utf8JsonWriter writer, string? wikidata)
    {
        if (wikidata is not null) writer.WriteString("sameAs", WikidataItem + wikidata);
    }

    private static void WriteBound(Utf8JsonWriter writer, string name, Bound? bound)
    {
        if (bound is not { } b) return;
        writer.WriteStartObject(name);
        writer.WriteDecimal(Term("value"), b.Value);
        writer.WriteBoolean(Term("inclusive"), b.Inclusive);
        writer.WriteEndObject();
    }

    /// <summary>The ISO 8601 form of a day, month or year ("2024-10-22", "2024-08", "2024"); null for a season.</summary>
    private static string? IsoDate(PartialDate date) => date.Precision == DatePrecision.Season ? null : date.ToString();
}
