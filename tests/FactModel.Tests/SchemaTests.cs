using System.Globalization;
using System.Text.Json.Nodes;
using FactModel.Validation;
using FactModel.Core.Parsing;
using FactModel.Core.Yaml;
using NJsonSchema;

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
