using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FactModel.Cli.Facts;
using FactModel.Cli.Output;
using FactModel.Specs;
using static FactModel.Cli.Export.JsonLdVocabulary;

namespace FactModel.Cli.Export;

/// <summary>
/// <c>factmodel export --format jsonld</c>: the fact set as schema.org JSON-LD, one node per fact and document in an
/// <c>@graph</c>. Actors are Person, Organization (groups too: schema.org has no type for a collective that is not
/// an organization) or Country (states); places are Country, City or Place; events Event; figures
/// QuantitativeValue; documents CreativeWork. A Wikidata id becomes <c>sameAs</c>. docs/cli.md maps every key. A fact
/// of a kind the project declares has the type of the built-in kind it extends (a politician is a Person), or
/// <c>Thing</c> for a kind with a section of its own; its kind's id is <c>fm:kind</c>, and its declared fields are
/// <c>fm:</c> terms named by their keys (<see cref="JsonLdNodes.WriteDeclaredValues"/>).
/// </summary>
internal static class JsonLdExport
{
    public static string Render(FactSet facts, string? baseIri) => JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("@context");
        if (baseIri is not null) writer.WriteString("@base", baseIri);
        writer.WriteString("@vocab", SchemaOrg);
        writer.WriteString(Prefix, Namespace);
        // As in schema.org's own context: these values are IRIs, not text.
        WriteTermType(writer, "sameAs", "@id");
        WriteTermType(writer, "url", "@id");
        WriteTermType(writer, "eventStatus", "@vocab");
        writer.WriteEndObject();
        writer.WriteStartArray("@graph");
        foreach (var document in ExportDocument.Of(facts)) WriteDocument(writer, document);
        foreach (var definition in facts.Definitions)
        {
            writer.WriteStartObject();
            writer.WriteString("@id", FactId(definition.Id));
            switch (definition.Fact)
            {
                case ActorSpec actor: JsonLdNodes.WriteActor(writer, actor); break;
                case PlaceSpec place: JsonLdNodes.WritePlace(writer, place); break;
                case EventSpec @event: JsonLdNodes.WriteEvent(writer, @event); break;
                case FigureSpec figure: JsonLdNodes.WriteFigure(writer, figure, facts); break;
                case DeclaredFactSpec declared: JsonLdNodes.WriteDeclaredFact(writer, declared, facts); break;
            }
            JsonLdNodes.WriteDeclaredValues(writer, definition.Fact, facts);
            WriteSources(writer, definition.Fact);
            if (definition.Fact.Notes is { } notes) writer.WriteString(Term("notes"), notes);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteTermType(Utf8JsonWriter writer, string term, string type)
    {
        writer.WriteStartObject(term);
        writer.WriteString("@type", type);
        writer.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter writer, ExportDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString("@id", DocumentId(document.Id));
        writer.WriteString("@type", "CreativeWork");
        writer.WriteString("identifier", document.Id);
        if (document.Spec?.Title is { } title) writer.WriteString("name", title);
        if (document.Spec?.Published is { } published) writer.WriteString("datePublished", published.ToString());
        if (document.Spec?.Publisher is { } publisher)
        {
            writer.WriteStartObject("publisher");
            writer.WriteString("@type", "Organization");
            writer.WriteString("name", publisher);
            writer.WriteEndObject();
        }
        if (document.Spec?.Url is { } url) writer.WriteString("url", url);
        writer.WriteEndObject();
    }

    // A source is a quotation about the fact (subjectOf), part of the document it is quoted from.
    private static void WriteSources(Utf8JsonWriter writer, FactSpec fact)
    {
        if (fact.Sources.Count == 0) return;
        writer.WriteStartArray("subjectOf");
        foreach (var source in fact.Sources)
        {
            writer.WriteStartObject();
            writer.WriteString("@type", "Quotation");
            writer.WriteString("text", source.Quote);
            JsonLdNodes.WriteRef(writer, "isPartOf", DocumentId(source.Document));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
