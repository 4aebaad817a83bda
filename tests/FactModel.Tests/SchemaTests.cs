using System.Globalization;
using System.Text.Json.Nodes;
using FactModel.Validation;
using FactModel.Core.Parsing;
using FactModel.Core.Yaml;
using FactModel.Tasks;
using NJsonSchema;
using FactFileSchema = FactModel.Core.Schema.FactFileSchema;

namespace FactModel.Tests;

/// <summary>The JSON Schema editors use (docs/fact-file.schema.json) and the parser agree.</summary>
public class SchemaTests
{
    private static readonly string Root = RepositoryFiles.Root;

    private static JsonObject SchemaJson() => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs", "fact-file.schema.json")))!.AsObject();

    [Fact]
    public void Every_key_the_parser_knows_is_in_the_schema_and_the_reverse()
    {
        var schema = SchemaJson();
        foreach (var (place, keys) in FactFileParser.KnownKeys)
        {
            var properties = place == "file" ? schema["properties"]!.AsObject() : schema["definitions"]![place]!["properties"]!.AsObject();
            properties.Select(p => p.Key).Order(StringComparer.Ordinal).ShouldBe(keys.Order(StringComparer.Ordinal), $"keys of '{place}'");
        }
    }

    [Fact]
    public async Task Every_fact_file_validates_against_the_schema()
    {
        var schema = await LoadSchema();
        var files = Directory.GetFiles(Path.Combine(Root, "facts"), "*.yaml");
        files.ShouldNotBeEmpty();

        foreach (string file in files)
        {
            string json = ToJson(file).ToJsonString();
            var errors = schema.Validate(json);
            errors.ShouldBeEmpty($"{Path.GetFileName(file)}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}");
            File.ReadLines(file).First().ShouldBe("# yaml-language-server: $schema=../docs/fact-file.schema.json");
        }
    }

    [Fact]
    public async Task The_schema_rejects_what_the_parser_rejects()
    {
        var schema = await LoadSchema();
        var broken = JsonNode.Parse("""{ "actors": [ { "id": "hamas", "kind": "group", "nmae": "Hamas" } ] }""")!;

        schema.Validate(broken.ToJsonString()).ShouldNotBeEmpty();
    }

    [Fact]
    public void Without_ids_the_schema_is_byte_identical_to_the_one_without_a_project()
    {
        var kinds = FactModel.Core.Kinds.BuiltInKinds.Catalog;

        FactFileSchema.Write(kinds, null).ShouldBe(File.ReadAllText(Path.Combine(Root, "docs", "fact-file.schema.json")));
        FactFileSchema.Write(kinds, []).ShouldNotBe(FactFileSchema.Write(kinds));
    }

    [Fact]
    public async Task A_projects_own_schema_accepts_its_fact_files_and_rejects_a_dangling_id()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "facts"), "*.yaml");
        var schema = await JsonSchema.FromJsonAsync(ProjectSchema.Of(files), TestContext.Current.CancellationToken);

        foreach (string file in files)
        {
            var errors = schema.Validate(ToJson(file).ToJsonString());
            errors.ShouldBeEmpty($"{Path.GetFileName(file)}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}");
        }
        // The ids of the kind a field refers to, and only those: a role is of an actor, a figure is of a figure.
        schema.Validate("""{ "actors": [ { "id": "x", "kind": "person", "name": "X", "roles": [ { "title": "leader", "of": "hamas" } ] } ] }""").ShouldBeEmpty();
        schema.Validate("""{ "actors": [ { "id": "x", "kind": "person", "name": "X", "roles": [ { "title": "leader", "of": "hammas" } ] } ] }""").ShouldNotBeEmpty();
        schema.Validate("""{ "actors": [ { "id": "x", "kind": "person", "name": "X", "roles": [ { "title": "leader", "of": "gaza-death-toll" } ] } ] }""").ShouldNotBeEmpty();
        schema.Validate("""{ "figures": [ { "id": "x", "measure": "M", "share": "1/3", "of": "gaza-death-toll" } ] }""").ShouldBeEmpty();
        schema.Validate("""{ "figures": [ { "id": "x", "measure": "M", "share": "1/3", "of": "gaza-deth-toll" } ] }""").ShouldNotBeEmpty();
        // 'about' refers to any fact; a list field takes one id or a list of them, each checked.
        schema.Validate("""{ "figures": [ { "id": "x", "measure": "M", "value": 1, "about": "hamas" } ] }""").ShouldBeEmpty();
        schema.Validate("""{ "places": [ { "id": "x", "name": "X", "within": ["israel-country"] } ] }""").ShouldBeEmpty();
        schema.Validate("""{ "places": [ { "id": "x", "name": "X", "within": ["israel-country", "nowhere"] } ] }""").ShouldNotBeEmpty();
    }

    [Fact]
    public void A_projects_own_schema_lists_each_kinds_ids_sorted_and_a_kind_without_facts_allows_none()
    {
        string path = Path.Combine(Path.GetTempPath(), $"factmodel-schema-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "actors:\n  - { id: zeta, kind: group, name: Z }\n  - { id: alpha, kind: person, name: A }\nplaces:\n  - { id: city, name: C }\n");
        try
        {
            var definitions = JsonNode.Parse(ProjectSchema.Of([path]))!["definitions"]!;

            definitions["ids-of-actor"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["alpha", "zeta"]);
            definitions["ids-of-fact"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["alpha", "city", "zeta"]);
            definitions["ids-of-event"]!["not"].ShouldNotBeNull();
            definitions["ids-of-event"]!["enum"].ShouldBeNull();
            definitions["participant"]!["properties"]!["actor"]!["$ref"]!.GetValue<string>().ShouldBe("#/definitions/ids-of-actor");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Task<JsonSchema> LoadSchema() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(Root, "docs", "fact-file.schema.json")), TestContext.Current.CancellationToken);

    /// <summary>YAML to JSON the way a YAML language server sees it: plain numbers become numbers, the rest text.</summary>
    private static JsonNode ToJson(string path)
    {
        var diagnostics = new List<FactDiagnostic>();
        var root = YamlTreeReader.Read(File.ReadAllText(path), path, FactFileLimits.Default, diagnostics);
        diagnostics.ShouldBeEmpty();
        return Convert(root!)!;
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        YamlSequence s => new JsonArray(s.Items.Select(Convert).ToArray()),
        YamlScalar { IsPlain: true } s when decimal.TryParse(s.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => null,
    };
}
