using System.Text.Json;
using AngleSharp.Html.Parser;
using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests;

/// <summary>
/// Fact models that span assemblies, from the command line: <c>--references</c> names the fact files of a model the
/// facts being read refer to, as a build reads a referenced library's model from its metadata (Inputs/references: a
/// shared model of actors, places, a figure and a kind <c>politician extends person</c>; a topic that refers to it; a
/// regional model that refers to it too; broken files that reuse its ids, mistake its kinds or extend its kind).
/// </summary>
public class ReferencesTests
{
    private static CliResult Run(params string[] args) => Tool.RunIn(Tool.Input("references"), args);

    private static string[] Lines(CliResult result) => result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_topic_checked_with_the_shared_model_has_no_problems()
    {
        var result = Run("check", "topic", "--references", "shared");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldBe("Checked 1 fact file (3 facts) against 1 source document, with 1 referenced model (5 facts): no problems found.\n");
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Without_the_shared_model_every_reference_to_it_is_FM2001_and_its_kind_is_unknown()
    {
        var result = Run("check", "topic", "--format", "msbuild");

        result.ExitCode.ShouldBe(1, result.ToString());
        Lines(result).ShouldBe(new[]
        {
            "topic/summit.yaml(5,11): error FM1004: Fact 'kamala-harris': 'politician' is not a valid kind; use one of: person, organization, state, group",
            "topic/summit.yaml(7,5): error FM1002: Fact 'kamala-harris': unknown key 'party'; the keys allowed here are: id, source, notes, kind, name, aliases, description, roles, part-of, led-by, wikidata",
            "topic/summit.yaml(9,38): error FM2001: Fact 'kamala-harris': 'of' refers to 'united-states', but no fact has that id",
            "topic/summit.yaml(15,14): error FM2001: Fact 'hostage-summit': 'places' refers to 'washington', but no fact has that id",
            "topic/summit.yaml(17,18): error FM2001: Fact 'hostage-summit': 'actor' refers to 'joe-biden', but no fact has that id",
            "topic/summit.yaml(25,9): error FM2001: Fact 'hostages-believed-dead': 'of' refers to 'hostages-taken', but no fact has that id",
        });
    }

    [Theory]
    [InlineData("broken/duplicate-id.yaml", "shared",
        "broken/duplicate-id.yaml(3,9): error FM1005: The id 'joe-biden' is already used by the fact at shared (a referenced fact model); ids must be unique across all fact files")]
    [InlineData("broken/duplicate-id.yaml", "Shared=shared",
        "broken/duplicate-id.yaml(3,9): error FM1005: The id 'joe-biden' is already used by the fact at Shared (a referenced fact model); ids must be unique across all fact files")]
    [InlineData("broken/wrong-kind.yaml", "shared",
        "broken/wrong-kind.yaml(5,14): error FM2002: Fact 'summit-in-biden': 'places' must refer to a place, but 'joe-biden' is an actor")]
    [InlineData("broken/extends-shared-kind.yaml", "Shared=shared",
        "broken/extends-shared-kind.yaml(4,14): error FM1010: Kind 'senator': 'politician' is declared by the referenced fact model Shared: a kind of another fact model can be used and referred to, not extended; extend 'person' here, or declare 'senator' in Shared")]
    public void Ids_references_and_kinds_are_checked_across_the_boundary(string file, string reference, string expected)
    {
        var result = Run("check", file, "--references", reference, "--format", "msbuild");

        result.ExitCode.ShouldBe(1, result.ToString());
        Lines(result).ShouldBe(new[] { expected });
    }

    [Fact]
    public void Referenced_models_are_read_in_the_order_given_and_a_later_one_may_refer_to_an_earlier_one()
    {
        var inOrder = Run("check", "local", "--references", "shared", "--references", "regional");
        // Read first, the regional model knows no politician: Ann Smith is not one, as its own build against nothing would say.
        var reversed = Run("check", "local", "--references", "regional", "--references", "shared", "--format", "msbuild");

        inOrder.ExitCode.ShouldBe(0, inOrder.ToString());
        inOrder.Output.ShouldBe("Checked 1 fact file (1 fact) against 1 source document, with 2 referenced models (7 facts): no problems found.\n");
        reversed.ExitCode.ShouldBe(1, reversed.ToString());
        Lines(reversed).ShouldHaveSingleItem().ShouldStartWith("local/springfield-race.yaml(9,14): error FM2002: Fact 'bob-jones': 'allies' must refer to a politician, but 'ann-smith' is");
    }

    [Fact]
    public void Problems_in_a_referenced_models_own_files_are_left_to_its_own_check()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("shared/places.yaml", """
            places:
              - id: gaza
                name: Gaza
                within: palestine
              - id: gaza
                name: Gaza again
            """);
        directory.Write("topic/events.yaml", "events:\n  - id: strike\n    title: A strike\n    places: [gaza]\n");

        var result = Tool.RunIn(directory.Path, "check", "topic", "--references", "shared", "--format", "msbuild");

        result.ExitCode.ShouldBe(0, result.ToString());
        // The topic's facts cite nothing (FM3003, a warning); nothing is said of the shared model's FM2001 and FM1005.
        Lines(result).ShouldHaveSingleItem().ShouldStartWith("topic/events.yaml(2,9): warning FM3003:");
    }

    [Fact]
    public void A_referenced_path_that_cannot_be_used_is_bad_input_and_every_one_is_named()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("topic/events.yaml", "events:\n  - id: strike\n    title: A strike\n");
        directory.Write("empty/readme.txt", "no facts here");
        directory.Write("shared/places.yaml", "places:\n  - { id: gaza, name: Gaza }\n");
        directory.Write("other/places.yaml", "places:\n  - { id: rafah, name: Rafah }\n");
        directory.Write("Shared/Shared.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        directory.Write("seeds/report.txt", "A strike.");

        var result = Tool.RunIn(directory.Path, "check", "topic", "--references", "nowhere", "--references", "empty", "--references", "Shared/Shared.csproj",
            "--references", "a=shared", "--references", "a=other", "--references", "topic");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Output.ShouldBeEmpty();
        result.Error.ShouldNotContain("Exception");
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(new[]
        {
            "factmodel: 'nowhere' does not exist; give the fact files of a referenced model or the folders that hold them",
            "factmodel: no fact files (*.yaml, *.yml) in 'empty', given with --references",
            "factmodel: 'Shared/Shared.csproj' is a project file; --references takes the fact files of the referenced project, or their folder "
                + "(for example Shared=../Shared/facts): factmodel does not read MSBuild projects",
            "factmodel: two --references are named 'a'; give each model its own name with NAME=PATH",
            "factmodel: 'topic/events.yaml' would belong both to the facts being read and to the referenced model 'topic'; a fact file belongs to one model, "
                + "so give paths that do not overlap",
        });
    }

    [Fact]
    public void An_unreadable_referenced_file_is_bad_input_as_any_fact_file()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("topic/events.yaml", "events:\n  - id: strike\n    title: A strike\n");
        Directory.CreateDirectory(Path.Combine(directory.Path, "shared"));
        File.WriteAllBytes(Path.Combine(directory.Path, "shared", "image.yaml"), new byte[] { 0x89, 0x50, 0x00, 0x00 });

        var result = Tool.RunIn(directory.Path, "check", "topic", "--references", "shared");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain("'shared/image.yaml' is a binary file, not text");
    }

    [Fact]
    public void A_folder_whose_name_holds_an_equals_sign_is_a_path_not_a_name()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("topic/events.yaml", "events:\n  - id: strike\n    title: A strike\n    places: [gaza]\n");
        directory.Write("a=b/places.yaml", "places:\n  - { id: gaza, name: Gaza }\n");
        directory.Write("a=b/actors.yaml", "actors:\n  - { id: strike, kind: group, name: Strikers }\n");

        var result = Tool.RunIn(directory.Path, "check", "topic", "--references", "a=b", "--format", "msbuild");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Output.ShouldContain("already used by the fact at a=b (a referenced fact model)");
        result.Output.ShouldNotContain("FM2001");
    }

    [Fact]
    public void Show_names_a_referenced_fact_with_its_model_and_does_not_list_it_as_one_of_these_facts()
    {
        var table = Run("show", "--facts", "topic", "--references", "shared");
        var summit = Run("show", "hostage-summit", "--facts", "topic", "--references", "Shared=shared");
        var figure = Run("show", "hostages-believed-dead", "--facts", "topic", "--references", "shared");
        var theirs = Run("show", "joe-biden", "--facts", "topic", "--references", "shared");

        table.ExitCode.ShouldBe(0, table.ToString());
        table.Error.ShouldBeEmpty();
        table.Output.ShouldNotContain("joe-biden");
        table.Output.ShouldContain("3 facts in 1 fact file");
        summit.Output.ShouldContain("  places        washington (Washington, in Shared)\n");
        summit.Output.ShouldContain("  participants  joe-biden (Joe Biden, in Shared) as host\n                kamala-harris (Kamala Harris) as chair\n");
        // A share of a referenced model's figure is derived from it, as the generated model derives it.
        figure.Output.ShouldContain("  value        1/3 of hostages-taken (between 80 and 80 people)\n");
        figure.Output.ShouldContain("  of           hostages-taken (hostages taken, in shared)\n");
        theirs.ExitCode.ShouldBe(1, theirs.ToString());
        theirs.Output.ShouldBeEmpty();
        theirs.Error.ShouldBe("factmodel: 'joe-biden' is a fact of the referenced model shared, not of these facts; show it with 'factmodel show joe-biden --facts shared'\n");
    }

    [Fact]
    public void The_json_export_keeps_references_to_referenced_facts_and_exports_only_these_facts()
    {
        var result = Run("export", "--format", "json", "--facts", "topic", "--references", "shared");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.TryGetProperty("kinds", out _).ShouldBeFalse("the politician kind is the shared model's, in its own export");
        root.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(new[] { "kamala-harris" });
        root.GetProperty("places").GetArrayLength().ShouldBe(0);
        var harris = root.GetProperty("actors")[0];
        harris.GetProperty("type").GetString().ShouldBe("Politician");
        harris.GetProperty("party").GetString().ShouldBe("democratic-party");
        harris.GetProperty("roles")[0].GetProperty("of").GetString().ShouldBe("united-states");
        root.GetProperty("events")[0].GetProperty("places")[0].GetString().ShouldBe("washington");
        var figure = root.GetProperty("figures")[0];
        figure.GetProperty("of").GetString().ShouldBe("hostages-taken");
        figure.GetProperty("value").GetProperty("lower-bound").GetProperty("value").GetDecimal().ShouldBe(80m);
    }

    [Fact]
    public void The_jsonld_export_refers_to_referenced_facts_by_id()
    {
        var result = Run("export", "--format", "jsonld", "--facts", "topic", "--references", "shared");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var graph = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        graph.ShouldNotContain(node => node.GetProperty("@id").GetString() == "#joe-biden");
        var harris = graph.Single(node => node.GetProperty("@id").GetString() == "#kamala-harris");
        harris.GetProperty("@type").GetString().ShouldBe("Person");
        harris.GetProperty("fm:party").GetProperty("@id").GetString().ShouldBe("#democratic-party");
    }

    [Fact]
    public void The_diagrams_draw_the_referenced_facts_these_facts_refer_to_dashed()
    {
        var mermaid = Run("export", "--format", "mermaid", "--facts", "topic", "--references", "shared");
        var dot = Run("export", "--format", "dot", "--facts", "topic", "--references", "shared");

        mermaid.ExitCode.ShouldBe(0, mermaid.ToString());
        mermaid.Output.ShouldContain("    f_joe_biden -->|\"host\"| f_hostage_summit\n");
        mermaid.Output.ShouldContain("    classDef referenced stroke-dasharray:5 3\n    class f_democratic_party,f_joe_biden,f_united_states,f_washington referenced\n");
        // Only what these facts refer to: the shared figure is left to the JSON, as every figure.
        mermaid.Output.ShouldNotContain("hostages_taken");
        dot.ExitCode.ShouldBe(0, dot.ToString());
        dot.Output.ShouldContain("    \"washington\" [label=\"Washington\", shape=hexagon, fillcolor=\"#dcfce7\", style=\"filled,dashed\", tooltip=\"Washington (shared)\"];\n");
        dot.Output.ShouldContain("    \"hostage-summit\" -> \"washington\" [label=\"in\"];\n");
    }

    [Fact]
    public void The_timeline_dates_an_undated_event_by_a_referenced_event_it_follows()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("shared/events.yaml", "events:\n  - id: ceasefire\n    title: Ceasefire\n    date: 2024-11-27\n");
        directory.Write("topic/events.yaml", "events:\n  - id: talks\n    title: Talks\n    after: [ceasefire]\n");

        var result = Tool.RunIn(directory.Path, "export", "--format", "mermaid", "--diagram", "timeline", "--facts", "topic", "--references", "shared");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("Talks (after 2024-11-27)");
        result.Output.ShouldNotContain(": Ceasefire");
    }

    [Fact]
    public void The_review_site_names_referenced_facts_without_a_page_and_every_link_leads_to_a_page()
    {
        using var directory = new TemporaryDirectory();
        string site = Path.Combine(directory.Path, "site");

        var result = Run("export", "--format", "html", "--out", site, "--facts", "topic", "--references", "shared");

        result.ExitCode.ShouldBe(0, result.ToString());
        File.Exists(Path.Combine(site, "facts", "joe-biden.html")).ShouldBeFalse();
        var parser = new HtmlParser();
        foreach (string page in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var link in document.QuerySelectorAll("a[href]"))
            {
                string target = link.GetAttribute("href")!.Split('#')[0];
                if (target.Length > 0) File.Exists(Path.Combine(Path.GetDirectoryName(page)!, target)).ShouldBeTrue($"{page}: '{target}' leads to no page");
            }
        }
        var summit = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "facts", "hostage-summit.html")));
        summit.Body!.TextContent.ShouldContain("Joe Biden (joe-biden, in the referenced model shared)");
        string graph = File.ReadAllText(Path.Combine(site, "graph.html"));
        graph.ShouldContain("<title>United States (united-states, in the referenced model shared)</title>");
    }

    [Fact]
    public void Schema_takes_in_the_referenced_models_ids_and_needs_facts_for_them()
    {
        var result = Run("schema", "--facts", "topic", "--references", "shared");
        var alone = Run("schema", "--references", "shared");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var schema = JsonDocument.Parse(result.Output);
        var definitions = schema.RootElement.GetProperty("definitions");
        definitions.GetProperty("ids-of-actor").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .ShouldBe(new[] { "democratic-party", "joe-biden", "kamala-harris", "united-states" });
        definitions.GetProperty("ids-of-politician").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .ShouldBe(new[] { "joe-biden", "kamala-harris" });
        alone.ExitCode.ShouldBe(2, alone.ToString());
        alone.Error.ShouldContain("--references applies with --facts");
    }
}
