using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Core.Kinds;
using FactModel.Specs;

namespace FactModel.Core.Schema;

/// <summary>
/// The JSON Schema of fact files (draft-07), written from the kind declarations: one definition per kind that has a
/// section or is an entry, one property per declared field, its value type's form from <see cref="ValueForms"/>.
/// Editors that speak the YAML language server protocol complete and check keys with it. docs/fact-file.schema.json is
/// its output for the built-in kinds (<c>factmodel schema</c>), and a test keeps the two equal. Given a project's facts,
/// it is that project's own schema: every reference field takes one of the ids of the kind it refers to, as an
/// <c>enum</c>, so editors complete ids and flag one that no fact has (the package's MSBuild task writes it).
/// </summary>
public static class FactFileSchema
{
    /// <summary>
    /// The schema of fact files whose kinds are <paramref name="kinds"/>, as JSON text. With <paramref name="facts"/>
    /// (each fact's id and the id of its kind), a reference field allows only the ids of facts of its kind; without,
    /// any id.
    /// </summary>
    public static string Write(KindCatalog kinds, IEnumerable<(string Id, string Kind)>? facts = null)
    {
        var ids = facts?.ToList();
        var sections = new JsonObject();
        foreach (var kind in kinds.SectionKinds)
            sections.Add(kind.Section!, new JsonObject().Add("type", "array").Add("items", Ref(kind.Id)));

        var definitions = ValueForms.Definitions();
        foreach (var kind in kinds.Kinds.Where(k => k.Section is not null || k.Entry))
            definitions.Add(kind.Id, KindSchema(kinds, kind, ids is not null));
        if (ids is not null)
        {
            var references = kinds.Kinds.SelectMany(k => k.Fields).Where(f => f.Type == FieldType.Reference);
            var referenced = references.Select(f => f.Kind!).Concat(references.Select(f => f.OrKind).OfType<string>()).Distinct();
            foreach (string kindId in referenced.OrderBy(k => k, StringComparer.Ordinal))
                definitions.Add(IdsOf(kindId), IdsSchema(kinds, kinds[kindId], ids));
        }

        return new JsonObject()
            .Add("$schema", "http://json-schema.org/draft-07/schema#")
            .Add("title", "FactModel fact file")
            .Add("description", "Facts about actors, places, events and figures, each citing the words of a source document. See docs/fact-format.md.")
            .Add("type", "object")
            .Add("additionalProperties", false)
            .Add("properties", sections)
            .Add("definitions", definitions)
            .Write();
    }

    /// <summary>The definition that lists the ids of the facts of a kind.</summary>
    internal static string IdsOf(string kindId) => "ids-of-" + kindId;

    /// <summary>The ids of the facts of <paramref name="kind"/> or of a kind that extends it, sorted, as an <c>enum</c>.</summary>
    private static JsonObject IdsSchema(KindCatalog kinds, KindDeclaration kind, List<(string Id, string Kind)> facts)
    {
        var ids = facts.Where(f => kinds.TryGet(f.Kind, out var k) && kinds.IsA(k, kind)).Select(f => f.Id)
            .Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList();
        string description = $"The id of {KindCatalog.WithArticle(kind.Id)} of this project.";
        // No fact of the kind: no reference to one can be right (an empty enum is not allowed).
        return ids.Count == 0
            ? new JsonObject().Add("description", description).Add("not", new JsonObject())
            : new JsonObject().Add("description", description).Add("enum", Array(ids.Select(id => (JsonValue)id)));
    }

    private static JsonObject KindSchema(KindCatalog kinds, KindDeclaration kind, bool projectIds)
    {
        var fields = kinds.FieldsOf(kind);
        var properties = new JsonObject();
        var required = new List<JsonValue>();
        foreach (string key in kinds.KeysOf(kind))
        {
            if (key == "kind" && kinds.NamesItsKind(kind))
            {
                properties.Add("kind", new JsonObject()
                    .Add("description", $"Which kind of {kind.Id} it is.")
                    .Add("enum", Array(kinds.ConcreteKindsOf(kind).Select(k => (JsonValue)k.Id))));
                required.Add("kind");
                continue;
            }
            var field = fields.First(f => f.Key == key);
            properties.Add(field.Key, ValueForms.Of(field, projectIds));
            if (field.Required) required.Add(field.Key);
        }
        return new JsonObject()
            .Add("description", kind.Description)
            .Add("type", "object")
            .Add("additionalProperties", false)
            .Add("required", required.Count == 0 ? null : Array(required))
            .Add("anyOf", kind.OneOf.IsEmpty ? null
                : Array(kind.OneOf.Select(group => (JsonValue)new JsonObject().Add("required", Array(group.Select(k => (JsonValue)k))))))
            .Add("properties", properties);
    }

    internal static JsonObject Ref(string definition) => new JsonObject().Add("$ref", "#/definitions/" + definition);

    internal static JsonArray Array(IEnumerable<JsonValue> items) => new(items);
}
