using System.Text.Json.Nodes;
using FactModel.Tasks;
using NJsonSchema;

namespace FactModel.Tests;

/// <summary>
/// The project's own schema (<see cref="ProjectSchema"/>, which the package's MSBuild task writes to
/// obj/fact-file.schema.json) takes in the kinds the project declares, in any of its files: their sections, their
/// keys, and the ids of their facts wherever a field refers to them.
/// </summary>
public class ProjectSchemaKindsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"factmodel-schema-kinds-{Guid.NewGuid():N}");

    public ProjectSchemaKindsTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    // The kinds in one file, the facts of them in another: a file's facts are read with every file's kinds.
    private string[] Project() =>
    [
        Write("kinds.yaml", """
            kinds:
              - id: casualty-report
                section: casualty-reports
                fields:
                  - { key: attack, type: event, required: true }
                  - { key: reported-by, type: actor }
                  - { key: related, type: casualty-report, list: true }
              - id: hostage-report
                extends: casualty-report
                fields:
                  - { key: taken, type: number }
              - id: politician
                extends: person
                fields:
                  - { key: party, type: organization }
                  - { key: allies, type: politician, list: true }
            """),
        Write("facts.yaml", """
            actors:
              - { id: ada, kind: politician, name: Ada, party: greens }
              - { id: ben, kind: person, name: Ben }
              - { id: greens, kind: organization, name: Greens }
            events:
              - { id: strike, title: Strike }
            casualty-reports:
              - { id: toll, attack: strike, reported-by: greens }
              - { id: hostages, kind: hostage-report, attack: strike, taken: 2, related: [toll] }
            """),
    ];

    [Fact]
    public void It_has_the_declared_sections_and_the_keys_of_every_kind_written_in_them()
    {
        var schema = JsonNode.Parse(ProjectSchema.Of(Project()))!;
        var definitions = schema["definitions"]!;

        schema["properties"]!.AsObject().Select(p => p.Key).ShouldBe(["actors", "places", "events", "figures", "documents", "casualty-reports", "kinds"]);
        var report = definitions["casualty-report"]!;
        report["properties"]!.AsObject().Select(p => p.Key).ShouldBe(["id", "source", "notes", "kind", "attack", "reported-by", "related", "taken"]);
        report["required"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["id", "attack"]);
        report["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["casualty-report", "hostage-report"]);
        // A politician is written among the actors: its keys are offered there, and 'kind' names it.
        definitions["actor"]!["properties"]!["party"].ShouldNotBeNull();
        definitions["actor"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldContain("politician");
    }

    [Fact]
    public void A_reference_field_lists_the_ids_of_the_facts_of_its_kind_declared_kinds_too()
    {
        var definitions = JsonNode.Parse(ProjectSchema.Of(Project()))!["definitions"]!;
        string[] Ids(string kind) => definitions["ids-of-" + kind]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();

        Ids("politician").ShouldBe(["ada"]);
        Ids("casualty-report").ShouldBe(["hostages", "toll"], "a hostage report is a casualty report");
        Ids("actor").ShouldBe(["ada", "ben", "greens"]);
        Ids("event").ShouldBe(["strike"]);
        Ids("fact").ShouldBe(["ada", "ben", "greens", "hostages", "strike", "toll"]);
        definitions["casualty-report"]!["properties"]!["attack"]!["$ref"]!.GetValue<string>().ShouldBe("#/definitions/ids-of-event");
    }

    [Fact]
    public async Task It_accepts_the_projects_facts_and_rejects_a_fact_of_the_wrong_kind_in_a_declared_field()
    {
        var schema = await JsonSchema.FromJsonAsync(ProjectSchema.Of(Project()), TestContext.Current.CancellationToken);

        schema.Validate("""{ "casualty-reports": [ { "id": "x", "attack": "strike", "reported-by": "ada" } ] }""").ShouldBeEmpty();
        schema.Validate("""{ "casualty-reports": [ { "id": "x", "kind": "hostage-report", "attack": "strike", "taken": 3 } ] }""").ShouldBeEmpty();
        schema.Validate("""{ "casualty-reports": [ { "id": "x", "attack": "toll" } ] }""").ShouldNotBeEmpty("toll is no event");
        schema.Validate("""{ "casualty-reports": [ { "id": "x", "attack": "strike", "wounded": 3 } ] }""").ShouldNotBeEmpty("no kind has 'wounded'");
        schema.Validate("""{ "actors": [ { "id": "x", "kind": "politician", "name": "X", "allies": ["ada"] } ] }""").ShouldBeEmpty();
        schema.Validate("""{ "actors": [ { "id": "x", "kind": "politician", "name": "X", "allies": ["ben"] } ] }""").ShouldNotBeEmpty("Ben is no politician");
    }

    [Fact]
    public void A_broken_declaration_is_left_out_and_the_rest_of_the_project_is_still_in_it()
    {
        string[] paths =
        [
            Write("kinds.yaml", """
                kinds:
                  - id: casualty-report
                    section: actors
                  - id: election-result
                    section: election-results
                    fields:
                      - { key: party, type: organization }
                """),
            Write("facts.yaml", """
                actors:
                  - { id: greens, kind: organization, name: Greens }
                election-results:
                  - { id: win, party: greens }
                """),
        ];

        var schema = JsonNode.Parse(ProjectSchema.Of(paths))!;

        schema["properties"]!.AsObject().Select(p => p.Key).ShouldBe(["actors", "places", "events", "figures", "documents", "election-results", "kinds"]);
        schema["definitions"]!["casualty-report"].ShouldBeNull();
        schema["definitions"]!["ids-of-fact"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["greens", "win"]);
    }

    [Fact]
    public void Without_declared_kinds_it_is_the_schema_of_the_built_in_kinds_with_the_projects_ids()
    {
        string path = Write("facts.yaml", "actors:\n  - { id: alpha, kind: person, name: A }\n");

        string schema = ProjectSchema.Of([path]);

        schema.ShouldBe(FactModel.Core.Schema.FactFileSchema.Write(FactModel.Core.Kinds.BuiltInKinds.Catalog, [("alpha", "person")]));
    }
}
