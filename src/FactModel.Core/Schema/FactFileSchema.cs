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
        sections.Add(KindDeclarationSchema.Section, new JsonObject()
            .Add("description", "Kinds of facts the project declares: each has its own fields, and a section of its own or its base's.")
            .Add("type", "array").Add("items", Ref(KindDeclarationSchema.Definition)));

        var definitions = ValueForms.Definitions();
        foreach (var kind in kinds.Kinds.Where(k => k.Section is not null || k.Entry))
            definitions.Add(kind.Id, KindSchema(kinds, kind, ids is not null));
        definitions.Add(KindDeclarationSchema.Definition, KindDeclarationSchema.Write(kinds));
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
        // The facts of a section may be of kinds that extend its own (a politician among the actors): their keys are
        // offered too, and 'kind' names them. The build checks which keys each kind has; editors complete them all.
        var extensions = kinds.Kinds.Where(k => k.Id != kind.Id && kind.Section is not null && kinds.SectionOf(k) == kind.Section).ToList();
        var fields = kinds.FieldsOf(kind).Concat(extensions.SelectMany(k => kinds.DeclaredFieldsOf(k))).ToList();
        var keys = kinds.KeysOf(kind).ToList();
        bool namesItsKind = kinds.NamesItsKind(kind) || (extensions.Count > 0 && !keys.Contains("kind"));
        if (namesItsKind && !keys.Contains("kind")) keys.Insert(kinds.FieldsOf(BuiltInKinds.Fact).Count, "kind");
        keys.AddRange(fields.Select(f => f.Key).Where(k => !keys.Contains(k)).Distinct());
        var properties = new JsonObject();
        var required = new List<JsonValue>();
        foreach (string key in keys)
        {
            if (key == "kind" && namesItsKind)
            {
                var named = kinds.NamesItsKind(kind) ? kinds.ConcreteKindsOf(kind) : new[] { kind }.Concat(extensions);
                properties.Add("kind", new JsonObject()
                    .Add("description", $"Which kind of {kind.Id.Replace('-', ' ')} it is.")
                    .Add("enum", Array(named.Select(k => (JsonValue)k.Id))));
                if (kinds.NamesItsKind(kind)) required.Add("kind");
                continue;
            }
            var field = fields.First(f => f.Key == key);
            properties.Add(field.Key, ValueForms.Of(field, projectIds, declared: !BuiltInKinds.Catalog.Kinds.SelectMany(k => k.Fields).Contains(field)));
            // A declared field is required of its kind only, not of every fact of the section.
            if (field.Required && kinds.FieldsOf(kind).Contains(field)) required.Add(field.Key);
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
