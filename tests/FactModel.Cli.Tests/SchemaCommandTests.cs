using System.Text.Json;
using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests;

/// <summary><c>factmodel schema</c> writes the JSON Schema from the kind declarations; the repository's copy is its output.</summary>
public class SchemaCommandTests
{
    [Fact]
    public void The_schema_in_docs_is_the_output_of_factmodel_schema()
    {
        var result = Tool.Run("schema");

        result.ExitCode.ShouldBe(0, result.ToString());
        string committed = File.ReadAllText(RepositoryFiles.Path(Path.Combine("docs", "fact-file.schema.json"))).Replace("\r\n", "\n");
        result.Output.ShouldBe(committed,
            "docs/fact-file.schema.json is out of date: run 'dotnet run --project src/FactModel.Cli -- schema > docs/fact-file.schema.json'");
    }

    [Fact]
    public void The_schema_is_json_with_a_definition_for_every_section()
    {
        using var schema = JsonDocument.Parse(Tool.Run("schema").Output);

        var sections = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
        sections.ShouldBe(new[] { "actors", "places", "events", "figures", "documents", "kinds" });
        var definitions = schema.RootElement.GetProperty("definitions");
        foreach (string kind in new[] { "actor", "place", "event", "figure", "document", "role", "participant", "quote", "source", "kind-declaration" })
            definitions.TryGetProperty(kind, out _).ShouldBeTrue(kind);
        definitions.GetProperty("actor").GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()).ShouldBe(new[] { "person", "organization", "state", "group" });
    }
}
