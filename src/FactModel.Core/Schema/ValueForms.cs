using System.Collections.Generic;
using System;
using System.Linq;
using FactModel.Core.Kinds;
using FactModel.Specs;

namespace FactModel.Core.Schema;

/// <summary>
/// How each <see cref="FieldType"/> is written, as JSON Schema: the forms the parser accepts for that value type, in
/// the shared definitions (<c>id</c>, <c>date</c>, <c>number</c>...) that fields refer to.
/// </summary>
internal static class ValueForms
{
    private const string KebabPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    /// <summary>The definitions every field form below refers to.</summary>
    public static JsonObject Definitions() => new JsonObject()
        .Add("id", new JsonObject()
            .Add("description", "Lowercase kebab-case, starting with a letter, unique across all fact files.")
            .Add("type", "string").Add("pattern", KebabPattern))
        .Add("reference", new JsonObject().Add("description", "The id of another fact.").Add("$ref", "#/definitions/id"))
        .Add("word", new JsonObject().Add("description", "A lowercase kebab-case word.").Add("type", "string").Add("pattern", KebabPattern))
        .Add("text", new JsonObject().Add("type", "string").Add("minLength", 1))
        .Add("date", new JsonObject()
            .Add("description", "YYYY, YYYY-MM, YYYY-MM-DD, or a season and year such as 'summer 2024'.")
            .Add("type", "string")
            .Add("pattern", "^(([0-9]{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|(spring|summer|autumn|fall|winter) [0-9]{4})$"))
        .Add("date-range", new JsonObject()
            .Add("description", "A range; without 'to' it is ongoing.")
            .Add("type", "object").Add("additionalProperties", false)
            .Add("required", FactFileSchema.Array(new JsonValue[] { "from" }))
            .Add("properties", new JsonObject().Add("from", FactFileSchema.Ref("date")).Add("to", FactFileSchema.Ref("date"))))
        .Add("number", new JsonObject()
            .Add("description", "Digits without separators, optionally with a decimal part and a scale word: 1200, 2.3 million.")
            .Add("oneOf", FactFileSchema.Array(new JsonValue[]
            {
                new JsonObject().Add("type", "number"),
                new JsonObject().Add("type", "string").Add("pattern", "^-?[0-9]+(\\.[0-9]+)? (thousand|million|billion)$"),
            })))
        .Add("value-range", new JsonObject()
            .Add("type", "object").Add("additionalProperties", false)
            .Add("required", FactFileSchema.Array(new JsonValue[] { "min", "max" }))
            .Add("properties", new JsonObject().Add("min", FactFileSchema.Ref("number")).Add("max", FactFileSchema.Ref("number"))))
        .Add("wikidata", new JsonObject().Add("type", "string").Add("pattern", "^Q[1-9][0-9]*$"));

    /// <summary>
    /// The schema of <paramref name="field"/>'s value: one value, or for a list one value or a list of them. With
    /// <paramref name="projectIds"/>, a reference is one of the ids the project's schema lists for its kind.
    /// </summary>
    /// <param name="declared">True for a field a project declared, whose quantity may also be written <c>{ value, qualifier }</c>.</param>
    public static JsonObject Of(FieldDeclaration field, bool projectIds = false, bool declared = false)
    {
        var one = One(field, projectIds, declared);
        var form = !field.List ? one
            : new JsonObject().Add("oneOf", FactFileSchema.Array(new JsonValue[] { one, new JsonObject().Add("type", "array").Add("items", One(field, projectIds, declared)) }));
        return new JsonObject()
            .Add("description", field.Description)
            .Add("default", field.Default)
            .AddAll(form);
    }

    /// <summary>
    /// A reference: any id, or with <paramref name="projectIds"/> one of the ids of its kind (or of the other kind it
    /// may name); a field that may instead hold words accepts text with a space, which no id has, so the forms never
    /// both match.
    /// </summary>
    private static JsonObject Reference(FieldDeclaration field, bool projectIds)
    {
        var forms = new List<JsonValue> { FactFileSchema.Ref(projectIds ? FactFileSchema.IdsOf(field.Kind!) : "reference") };
        if (projectIds && field.OrKind is { } other) forms.Add(FactFileSchema.Ref(FactFileSchema.IdsOf(other)));
        if (field.OrText) forms.Add(new JsonObject().Add("description", "Words describing what no fact stands for.").Add("type", "string").Add("pattern", " "));
        return forms.Count == 1 ? (JsonObject)forms[0] : new JsonObject().Add("oneOf", FactFileSchema.Array(forms));
    }

    private static JsonObject One(FieldDeclaration field, bool projectIds, bool declared) => field.Type switch
    {
        FieldType.Quantity when declared => new JsonObject().Add("oneOf", FactFileSchema.Array(new JsonValue[]
        {
            One(field, projectIds, declared: false),
            new JsonObject().Add("description", "A value and its qualifier, as a figure's 'value' and 'qualifier'.")
                .Add("type", "object").Add("additionalProperties", false)
                .Add("required", FactFileSchema.Array(new JsonValue[] { "value" }))
                .Add("properties", new JsonObject()
                    .Add("value", One(field, projectIds, declared: false))
                    .Add("qualifier", new JsonObject().Add("enum", FactFileSchema.Array(ScalarForms.WordListOf<Qualifier>().Select(w => (JsonValue)w))))),
        })),
        FieldType.Id => FactFileSchema.Ref("id"),
        FieldType.Text => FactFileSchema.Ref("text"),
        FieldType.Number => FactFileSchema.Ref("number"),
        FieldType.Boolean => new JsonObject().Add("type", "boolean"),
        FieldType.Quantity => new JsonObject().Add("oneOf", FactFileSchema.Array(new JsonValue[]
        {
            FactFileSchema.Ref("number"),
            new JsonObject().Add("enum", FactFileSchema.Array(new[] { "unknown" }.Concat(ScalarForms.WordListOf<Magnitude>()).Select(w => (JsonValue)w))),
            FactFileSchema.Ref("value-range"),
        })),
        FieldType.Share => new JsonObject()
            .Add("description", "A percentage ('90%'), a fraction ('1/3') or 'most'.")
            .Add("type", "string").Add("pattern", "^([0-9]+(\\.[0-9]+)?%|[0-9]+/[1-9][0-9]*|most)$"),
        FieldType.Date => FactFileSchema.Ref("date"),
        FieldType.DateSpan => new JsonObject().Add("oneOf", FactFileSchema.Array(new JsonValue[] { FactFileSchema.Ref("date"), FactFileSchema.Ref("date-range") })),
        FieldType.Word when field.Values.IsEmpty => FactFileSchema.Ref("word"),
        FieldType.Word => new JsonObject().Add("enum", FactFileSchema.Array(field.Values.Select(v => (JsonValue)v))),
        FieldType.Wikidata => FactFileSchema.Ref("wikidata"),
        FieldType.Url => new JsonObject().Add("type", "string").Add("format", "uri"),
        FieldType.Reference => Reference(field, projectIds),
        FieldType.Entry => FactFileSchema.Ref(field.Kind!),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "a field type the schema does not know"),
    };
}
