using System.Text.Json;
using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests;

/// <summary>
/// Every command on a project that declares its own kinds (Inputs/kinds: a kind with a section of its own, one that
/// extends it, one that extends a built-in kind, one known by a title, and a section without facts, declared in one
/// file and used in another): <c>check</c>, <c>show</c>, the exports and <c>schema --facts</c>.
/// </summary>
public class DeclaredKindsTests
{
    private static CliResult Run(params string[] args) => Tool.RunIn(Tool.Input("kinds"), args);

    private static JsonDocument Json(params string[] args)
    {
        var result = Run(args);
        result.ExitCode.ShouldBe(0, result.ToString());
        result.Error.ShouldBeEmpty();
        return JsonDocument.Parse(result.Output);
    }

    private static JsonElement Fact(JsonDocument export, string section, string id) =>
        export.RootElement.GetProperty(section).EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);

    [Fact]
    public void Check_finds_no_problems_in_facts_of_declared_kinds()
    {
        var result = Run("check");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldBe("Checked 2 fact files (14 facts) against 1 source document: no problems found.\n");
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Check_reports_a_broken_declaration_as_FM1010_at_its_line()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("facts/kinds.yaml", """
            kinds:
              - id: casualty-report
                section: actors
                fields:
                  - { key: attack, type: event }
              - id: election-result
                section: election-results
                fields:
                  - { key: election, type: evnt }
            """);

        var result = Tool.RunIn(directory.Path, "check", "--format", "msbuild");

        result.ExitCode.ShouldBe(1, result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2, result.ToString());
        lines[0].ShouldBe("facts/kinds.yaml(3,14): error FM1010: Kind 'casualty-report': 'actors' is a built-in section or a reserved name; choose another, "
            + "such as 'casualty-reports', or extend the kind written there");
        lines[1].ShouldStartWith("facts/kinds.yaml(9,32): error FM1010: Kind 'election-result': the field 'election' has the type 'evnt', "
            + "which is neither a value type nor a kind of fact (did you mean 'event'?)");
    }

    [Fact]
    public void Show_lists_the_declared_sections_after_the_built_in_ones_and_a_politician_by_its_kind()
    {
        var result = Run("show");

        result.ExitCode.ShouldBe(0, result.ToString());
        Snapshots.Match(result.Output);
        result.Output.ShouldContain("  ada-moss       politician    Ada Moss\n");
        result.Output.ShouldContain("Casualty reports (2)\n");
        result.Output.ShouldContain("  old-bridge-hostages  hostage-report   old-bridge-hostages\n");
        result.Output.ShouldContain("  riverton-greens      election-result  Greens in the Riverton council\n");
        result.Output.ShouldContain("Sanctions (0)\n");
    }

    [Theory]
    [InlineData("ada-moss")]
    [InlineData("old-bridge-toll")]
    [InlineData("old-bridge-hostages")]
    [InlineData("riverton-greens")]
    [InlineData("green-party")]
    public void Show_prints_a_fact_of_a_declared_kind_with_its_kind_and_every_declared_field(string id)
    {
        var result = Run("show", id);

        result.ExitCode.ShouldBe(0, result.ToString());
        Snapshots.Match(result.Output, id);
    }

    [Fact]
    public void Show_prints_declared_values_as_the_built_in_fields_of_their_type_print()
    {
        string politician = Run("show", "ada-moss").Output;
        politician.ShouldContain("  kind             politician (extends person)\n");
        politician.ShouldContain("  name             Ada Moss\n");                    // the built-in part
        politician.ShouldContain("  party            green-party (Green Party)\n");   // a reference, by id and name
        politician.ShouldContain("  in-office-since  2019-05\n");                     // a date as written
        politician.ShouldContain("  allies           ben-ortiz (Ben Ortiz)\n");

        string report = Run("show", "old-bridge-toll").Output;
        report.ShouldContain("  kind            casualty-report\n");
        report.ShouldContain("  killed          at least 12\n");                      // a quantity as a figure's value prints
        report.ShouldContain("  share-civilian  most\n");
        report.ShouldContain("  verified        false\n");
        report.ShouldContain("  old-bridge-dead  figure   about  people killed in the strike on the Old Bridge\n");

        string hostages = Run("show", "old-bridge-hostages").Output;
        hostages.ShouldContain("  kind         hostage-report (extends casualty-report)\n");
        hostages.ShouldContain("  reported-on  2024-05 to 2024-06\n");
        hostages.ShouldContain("  taken        2\n");

        // What refers to a fact through a declared field, under the field's key and the referrer's section.
        string party = Run("show", "green-party").Output;
        party.ShouldContain("  ada-moss         actor            party              Ada Moss\n");
        party.ShouldContain("  riverton-greens  election-result  party              Greens in the Riverton council\n");
    }

    public static TheoryData<string, string, string> Exports => new()
    {
        { "json", "", "json" },
        { "jsonld", "", "jsonld" },
        { "mermaid", "graph", "mmd" },
        { "dot", "graph", "dot" },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public void Facts_of_declared_kinds_export_in_every_format(string format, string diagram, string extension)
    {
        var result = Run(new[] { "export", "--format", format }.Concat(diagram.Length == 0 ? [] : new[] { "--diagram", diagram }).ToArray());

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Error.ShouldBeEmpty();
        Snapshots.Match(result.Output, diagram.Length == 0 ? format : format + "_" + diagram, extension);
    }

    [Fact]
    public void The_json_export_has_the_declared_kinds_and_sections_and_every_declared_field_of_every_fact()
    {
        using var export = Json("export", "--format", "json");
        var root = export.RootElement;

        root.EnumerateObject().Select(p => p.Name).ShouldBe(new[]
        {
            "format", "version", "kinds", "documents", "actors", "places", "events", "figures", "casualty-reports", "election-results", "sanctions",
        });
        root.GetProperty("kinds").EnumerateArray().Select(k => k.GetProperty("id").GetString() + " extends " + k.GetProperty("extends").GetString()
            + " in " + k.GetProperty("section").GetString()).ShouldBe(new[]
        {
            "casualty-report extends fact in casualty-reports", "hostage-report extends casualty-report in casualty-reports",
            "politician extends person in actors", "election-result extends fact in election-results", "sanction extends fact in sanctions",
        });
        root.GetProperty("sanctions").GetArrayLength().ShouldBe(0);

        // Every fact of a section has every key, declared ones too (null or [] when the YAML leaves them out).
        var reports = root.GetProperty("casualty-reports").EnumerateArray().ToList();
        reports.Select(r => r.GetProperty("id").GetString()).ShouldBe(new[] { "old-bridge-hostages", "old-bridge-toll" });
        string.Join(",", reports[1].EnumerateObject().Select(p => p.Name)).ShouldBe(
            "id,type,kind,attack,killed,wounded,reported-by,reported-on,weapon,places,verified,share-civilian,summary,sources,notes");
        string.Join(",", reports[0].EnumerateObject().Select(p => p.Name)).ShouldBe(
            "id,type,kind,attack,killed,wounded,reported-by,reported-on,weapon,places,verified,share-civilian,summary,taken,sources,notes");
        reports[0].GetProperty("type").GetString().ShouldBe("HostageReport");
        reports[0].GetProperty("kind").GetString().ShouldBe("hostage-report");
        reports[0].GetProperty("taken").GetDecimal().ShouldBe(2);
        reports[0].GetProperty("places").GetArrayLength().ShouldBe(0);
        reports[0].GetProperty("killed").ValueKind.ShouldBe(JsonValueKind.Null);

        var toll = reports[1];
        toll.GetProperty("attack").GetString().ShouldBe("old-bridge-strike");
        toll.GetProperty("places").EnumerateArray().Select(p => p.GetString()).ShouldBe(new[] { "old-bridge" });
        toll.GetProperty("verified").GetBoolean().ShouldBeFalse();
        toll.GetProperty("weapon").GetString().ShouldBe("air-strike");
        toll.GetProperty("summary").GetString().ShouldBe("<script>alert('toll')</script> & \"most\" were civilians");

        var politician = Fact(export, "actors", "ada-moss");
        politician.GetProperty("type").GetString().ShouldBe("Politician");
        politician.GetProperty("kind").GetString().ShouldBe("politician");
        politician.GetProperty("name").GetString().ShouldBe("Ada Moss");
        politician.GetProperty("party").GetString().ShouldBe("green-party");
        politician.GetProperty("allies").EnumerateArray().Select(a => a.GetString()).ShouldBe(new[] { "ben-ortiz" });
        var result = Fact(export, "election-results", "riverton-greens");
        result.GetProperty("votes").GetDecimal().ShouldBe(4210);
        result.GetProperty("rank").GetString().ShouldBe("first");
        result.GetProperty("results-page").GetString().ShouldBe("https://example.org/riverton/2024");
    }

    [Fact]
    public void Declared_values_have_the_shapes_the_built_in_fields_of_their_type_have()
    {
        using var export = Json("export", "--format", "json");
        string Keys(JsonElement e) => string.Join(",", e.EnumerateObject().Select(p => p.Name));

        var toll = Fact(export, "casualty-reports", "old-bridge-toll");
        var figure = Fact(export, "figures", "old-bridge-dead");
        var election = Fact(export, "events", "riverton-council-election");

        // A quantity as a figure's value, a date as an event's, a share as the runtime library writes one.
        Keys(toll.GetProperty("killed")).ShouldBe(Keys(figure.GetProperty("value")));
        toll.GetProperty("killed").GetProperty("text").GetString().ShouldBe("at least 12");
        toll.GetProperty("killed").GetProperty("lower-bound").GetProperty("inclusive").GetBoolean().ShouldBeTrue();
        toll.GetProperty("wounded").GetProperty("magnitude").GetString().ShouldBe("dozens");
        Keys(Fact(export, "actors", "ada-moss").GetProperty("in-office-since")).ShouldBe(Keys(election.GetProperty("date")));
        Fact(export, "casualty-reports", "old-bridge-hostages").GetProperty("reported-on").GetProperty("last-day").GetString().ShouldBe("2024-06-30");
        JsonSerializer.Serialize(toll.GetProperty("share-civilian")).ShouldBe(JsonSerializer.Serialize(Share.Most()));
    }

    [Fact]
    public void The_json_ld_export_gives_declared_facts_a_type_and_their_fields_as_factmodel_terms()
    {
        using var export = Json("export", "--format", "jsonld");
        var nodes = export.RootElement.GetProperty("@graph").EnumerateArray().ToDictionary(n => n.GetProperty("@id").GetString()!);

        var politician = nodes["#ada-moss"];
        politician.GetProperty("@type").GetString().ShouldBe("Person", "a politician is a person");
        politician.GetProperty("fm:kind").GetString().ShouldBe("politician");
        politician.GetProperty("fm:party").GetProperty("@id").GetString().ShouldBe("#green-party");
        politician.GetProperty("fm:in-office-since").GetString().ShouldBe("2019-05");
        politician.GetProperty("fm:allies")[0].GetProperty("@id").GetString().ShouldBe("#ben-ortiz");

        var toll = nodes["#old-bridge-toll"];
        toll.GetProperty("@type").GetString().ShouldBe("Thing");
        toll.GetProperty("fm:kind").GetString().ShouldBe("casualty-report");
        toll.TryGetProperty("name", out _).ShouldBeFalse("a casualty report has no field it is known by");
        toll.GetProperty("fm:attack").GetProperty("@id").GetString().ShouldBe("#old-bridge-strike");
        toll.GetProperty("fm:killed").GetProperty("@type").GetString().ShouldBe("QuantitativeValue");
        toll.GetProperty("fm:killed").GetProperty("minValue").GetDecimal().ShouldBe(12);
        toll.GetProperty("fm:wounded").GetProperty("fm:upperBound").GetProperty("fm:inclusive").GetBoolean().ShouldBeFalse();
        toll.GetProperty("fm:share-civilian").GetProperty("fm:text").GetString().ShouldBe("most");
        toll.GetProperty("fm:verified").GetBoolean().ShouldBeFalse();
        toll.GetProperty("subjectOf")[0].GetProperty("@type").GetString().ShouldBe("Quotation");

        var result = nodes["#riverton-greens"];
        result.GetProperty("name").GetString().ShouldBe("Greens in the Riverton council");
        result.GetProperty("fm:votes").GetDecimal().ShouldBe(4210);
        result.GetProperty("fm:party-item").GetString().ShouldBe("https://www.wikidata.org/wiki/Q123456");
        result.TryGetProperty("fm:declared-on", out _).ShouldBeTrue();
        nodes["#riverton-civic-list"].TryGetProperty("fm:declared-on", out _).ShouldBeFalse("a key left out is left out");
    }

    [Fact]
    public void The_graphs_draw_facts_of_declared_sections_and_label_declared_references_by_their_key()
    {
        string mermaid = Run("export", "--format", "mermaid").Output;
        mermaid.ShouldContain("    f_old_bridge_toll[[\"old-bridge-toll\"]]\n");
        mermaid.ShouldContain("    f_old_bridge_toll -->|\"attack\"| f_old_bridge_strike\n");
        mermaid.ShouldContain("    f_ada_moss -->|\"party\"| f_green_party\n");
        mermaid.ShouldContain("    f_riverton_greens -->|\"election\"| f_riverton_council_election\n");
        mermaid.ShouldContain("    class f_old_bridge_hostages,f_old_bridge_toll,f_riverton_civic_list,f_riverton_greens declared\n");
        // A declared key named as a built-in one ('places') is labelled by its key, not drawn as the built-in relation.
        mermaid.ShouldContain("    f_old_bridge_toll -->|\"places\"| f_old_bridge\n");

        string dot = Run("export", "--format", "dot").Output;
        dot.ShouldContain("    \"old-bridge-toll\" [label=\"old-bridge-toll\", shape=note, fillcolor=\"#ede9fe\"];\n");
        dot.ShouldContain("    \"old-bridge-toll\" -> \"health-office\" [label=\"reported-by\"];\n");
        dot.ShouldContain("    \"ada-moss\" -> \"ben-ortiz\" [label=\"allies\"];\n");
    }

    [Fact]
    public void Kinds_that_extend_an_event_a_figure_or_a_place_show_and_export_with_their_base_and_their_fields()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("facts/x.yaml", """
            kinds:
              - { id: election, extends: event, fields: [ { key: turnout, type: share } ] }
              - { id: poll, extends: figure, fields: [ { key: pollster, type: organization }, { key: sample, type: number } ] }
              - { id: district, extends: place, fields: [ { key: seats, type: number } ] }
            actors:
              - { id: acme, kind: organization, name: Acme }
            places:
              - { id: north, kind: district, name: North, seats: 3 }
            events:
              - { id: vote, kind: election, title: The vote, date: 2024-05, places: [north], turnout: 61% }
            figures:
              - { id: support, kind: poll, measure: support for the Greens, value: 30, unit: percent, pollster: acme, sample: 1000, about: vote }
            """);

        string vote = Tool.RunIn(directory.Path, "show", "vote").Output;
        vote.ShouldContain("  kind        election (extends event)\n");
        vote.ShouldContain("  date        2024-05\n");
        vote.ShouldContain("  turnout     61%\n");
        string poll = Tool.RunIn(directory.Path, "show", "support").Output;
        poll.ShouldContain("  kind         poll (extends figure)\n");
        poll.ShouldContain("  value        30 percent\n");
        poll.ShouldContain("  pollster     acme (Acme)\n");

        var export = Tool.RunIn(directory.Path, "export", "--format", "json");
        export.ExitCode.ShouldBe(0, export.ToString());
        using var json = JsonDocument.Parse(export.Output);
        var election = json.RootElement.GetProperty("events")[0];
        (election.GetProperty("type").GetString(), election.GetProperty("kind").GetString()).ShouldBe(("Election", "election"));
        election.GetProperty("date").GetProperty("precision").GetString().ShouldBe("month");
        election.GetProperty("turnout").GetProperty("text").GetString().ShouldBe("61%");
        var support = json.RootElement.GetProperty("figures")[0];
        support.GetProperty("value").GetProperty("text").GetString().ShouldBe("30 percent");
        support.GetProperty("sample").GetDecimal().ShouldBe(1000);
        json.RootElement.GetProperty("places")[0].GetProperty("seats").GetDecimal().ShouldBe(3);

        using var jsonLd = JsonDocument.Parse(Tool.RunIn(directory.Path, "export", "--format", "jsonld").Output);
        var nodes = jsonLd.RootElement.GetProperty("@graph").EnumerateArray().ToDictionary(n => n.GetProperty("@id").GetString()!);
        (nodes["#vote"].GetProperty("@type").GetString(), nodes["#vote"].GetProperty("fm:kind").GetString()).ShouldBe(("Event", "election"));
        nodes["#vote"].GetProperty("startDate").GetString().ShouldBe("2024-05");
        (nodes["#support"].GetProperty("@type").GetString(), nodes["#support"].GetProperty("fm:kind").GetString()).ShouldBe(("QuantitativeValue", "poll"));
        nodes["#support"].GetProperty("fm:pollster").GetProperty("@id").GetString().ShouldBe("#acme");
        (nodes["#north"].GetProperty("@type").GetString(), nodes["#north"].GetProperty("fm:kind").GetString()).ShouldBe(("Place", "district"));
    }

    [Fact]
    public void Schema_with_facts_has_the_declared_kinds_their_keys_and_the_ids_of_their_facts()
    {
        using var schema = Json("schema", "--facts", "facts");
        var root = schema.RootElement;

        root.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(new[]
        {
            "actors", "places", "events", "figures", "documents", "casualty-reports", "election-results", "sanctions", "kinds",
        });
        var definitions = root.GetProperty("definitions");
        var report = definitions.GetProperty("casualty-report");
        report.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(new[] { "id", "attack" });
        report.GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(k => k.GetString())
            .ShouldBe(new[] { "casualty-report", "hostage-report" });
        report.GetProperty("properties").GetProperty("taken").ValueKind.ShouldBe(JsonValueKind.Object, "the keys of the kinds written in the section");
        report.GetProperty("properties").GetProperty("attack").GetProperty("$ref").GetString().ShouldBe("#/definitions/ids-of-event");
        definitions.GetProperty("actor").GetProperty("properties").GetProperty("in-office-since").ValueKind.ShouldBe(JsonValueKind.Object);
        string[] Ids(string kind) => definitions.GetProperty("ids-of-" + kind).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Ids("politician").ShouldBe(new[] { "ada-moss", "ben-ortiz" });
        Ids("event").ShouldBe(new[] { "old-bridge-strike", "riverton-council-election" });
        Ids("fact").ShouldContain("old-bridge-toll");
        Ids("fact").ShouldContain("riverton-greens");
    }

    [Fact]
    public void Schema_with_facts_that_have_errors_still_prints_what_could_be_read_with_a_note()
    {
        var result = Tool.RunIn(Tool.Input("broken"), "schema", "--facts", "facts");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Error.ShouldContain("error(s); the schema takes in what could be read ('factmodel check' lists them)");
        using var schema = JsonDocument.Parse(result.Output);
        schema.RootElement.GetProperty("definitions").GetProperty("ids-of-actor").GetProperty("enum").EnumerateArray()
            .Select(e => e.GetString()).ShouldContain("yahya-sinwar");
    }

    [Fact]
    public void Schema_without_facts_is_the_schema_of_the_built_in_kinds_wherever_it_runs()
    {
        Run("schema").Output.ShouldBe(Tool.Run("schema").Output);
        Run("schema").Output.ShouldNotContain("casualty-report");
    }
}
