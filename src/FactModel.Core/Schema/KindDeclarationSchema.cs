using System.Linq;
using FactModel.Core.Kinds;

namespace FactModel.Core.Schema;

/// <summary>
/// The schema of a <c>kinds:</c> entry: how a project declares a kind of fact. Its field types are the value types'
/// words and the ids of the kinds of fact a field may refer to.
/// </summary>
internal static class KindDeclarationSchema
{
    /// <summary>The top-level key kinds are declared under.</summary>
    public const string Section = "kinds";

    /// <summary>The definition's name.</summary>
    public const string Definition = "kind-declaration";

    public static JsonObject Write(KindCatalog kinds)
    {
        var types = FieldTypeWords.ProjectWords
            .Concat(kinds.Kinds.Where(k => !k.Entry && kinds.SectionOf(k) is { } s && s != BuiltInKinds.Document.Section || k.Id is "fact").Select(k => k.Id))
            .Distinct().Select(t => (JsonValue)t);
        var field = new JsonObject()
            .Add("description", "A field of the kind: its key, the type of its value, and whether it is a list or required.")
            .Add("type", "object").Add("additionalProperties", false)
            .Add("required", FactFileSchema.Array(new JsonValue[] { "key", "type" }))
            .Add("properties", new JsonObject()
                .Add("key", FactFileSchema.Ref("word").Add("description", "The YAML key, kebab-case; not one the kind already has."))
                .Add("type", new JsonObject().Add("description", "A value type, or the id of a kind of fact the field refers to.").Add("enum", FactFileSchema.Array(types)))
                .Add("values", new JsonObject().Add("description", "For a 'word': the words allowed.").Add("type", "array").Add("items", FactFileSchema.Ref("word")))
                .Add("list", new JsonObject().Add("description", "True when the field takes a list.").Add("type", "boolean"))
                .Add("required", new JsonObject().Add("description", "True when every fact of the kind must have the field.").Add("type", "boolean"))
                .Add("cycles", new JsonObject().Add("description", "For a reference: 'never' when following it may never come back to the fact.")
                    .Add("enum", FactFileSchema.Array(new JsonValue[] { "allowed", "not-to-itself", "never" })))
                .Add("description", FactFileSchema.Ref("text")));
        return new JsonObject()
            .Add("description", "A kind of fact the project declares.")
            .Add("type", "object").Add("additionalProperties", false)
            .Add("required", FactFileSchema.Array(new JsonValue[] { "id" }))
            .Add("properties", new JsonObject()
                .Add("id", FactFileSchema.Ref("id").Add("description", "The kind's id, kebab-case, unique among kinds; its C# type is the id in PascalCase."))
                .Add("section", FactFileSchema.Ref("word").Add("description", "The section its facts are written in, for a kind that extends no other."))
                .Add("extends", FactFileSchema.Ref("word").Add("description", "The kind it extends: its facts are written in that kind's section with 'kind: <id>'."))
                .Add("description", FactFileSchema.Ref("text"))
                .Add("fields", new JsonObject().Add("type", "array").Add("items", field)));
    }
}
