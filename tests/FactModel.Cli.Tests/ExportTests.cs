using System.Text.Json;
using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests;

/// <summary>
/// <c>factmodel export</c>: every format and diagram of the seed article and of Inputs/timeline (every date
/// precision, escaping), writing to a file, and refusing facts with errors.
/// </summary>
public class ExportTests
{
    public static TheoryData<string, string, string> Exports => new()
    {
        { "json", "", "json" },
        { "jsonld", "", "jsonld" },
        { "mermaid", "graph", "mmd" },
        { "mermaid", "timeline", "mmd" },
        { "dot", "graph", "dot" },
        { "dot", "timeline", "dot" },
    };

    private static string[] Arguments(string format, string diagram, params string[] more) =>
        new[] { "export", "--format", format }.Concat(diagram.Length == 0 ? Array.Empty<string>() : new[] { "--diagram", diagram }).Concat(more).ToArray();

    [Theory]
    [MemberData(nameof(Exports))]
    public void The_seed_article_exports_in_every_format(string format, string diagram, string extension)
    {
        var result = Tool.Run(Arguments(format, diagram));

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Error.ShouldBeEmpty();
        Snapshots.Match(result.Output, diagram.Length == 0 ? format : format + "_" + diagram, extension);
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void Every_date_precision_and_awkward_characters_export_honestly(string format, string diagram, string extension)
    {
        var result = Tool.RunIn(Tool.Input("timeline"), Arguments(format, diagram));

        result.ExitCode.ShouldBe(0, result.ToString());
        Snapshots.Match(result.Output, diagram.Length == 0 ? format : format + "_" + diagram, extension);
    }

    [Fact]
    public void The_timeline_shows_partial_dates_as_written()
    {
        var timeline = Tool.RunIn(Tool.Input("timeline"), "export", "--format", "mermaid", "--diagram", "timeline").Output;

        timeline.ShouldContain("        2024-08 : Talks halt (failed)\n");
        timeline.ShouldContain("        summer 2024 : Accusations over the summer\n");
        timeline.ShouldContain("        2024-06 to 2024-08 : Talks <in> the capital\n");
        timeline.ShouldContain("    section undated\n        undated : ");
        timeline.ShouldContain("A killing nobody dated (after 2024-08; before 2024-10-22)");
        timeline.ShouldNotContain("2024-08-01");
    }

    [Fact]
    public void Out_writes_the_same_text_to_a_file()
    {
        using var directory = new TemporaryDirectory();

        var result = Tool.Run("export", "--format", "json", "--out", Path.Combine(directory.Path, "facts.json"));

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldBeEmpty();
        File.ReadAllText(Path.Combine(directory.Path, "facts.json")).ShouldBe(Tool.Run("export", "--format", "json").Output);
    }

    [Fact]
    public void Facts_with_errors_are_not_exported()
    {
        var result = Tool.RunIn(Tool.Input("broken"), "export", "--format", "json");

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain("facts/actors.yaml(12,30): error FM2001");
        result.Error.ShouldContain("nothing exported: the fact files have 8 error(s)");
    }

    [Fact]
    public void A_figure_over_time_exports_its_values_in_date_order_and_the_latest_as_its_value()
    {
        var result = Tool.RunIn(Tool.Input("over-time"), "export", "--format", "json");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var toll = json.RootElement.GetProperty("figures").EnumerateArray().Single();
        toll.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("as-of").GetString() + " " + v.GetProperty("value").GetProperty("text").GetString())
            .ShouldBe(new[] { "2024-10-22 over 42,000 people", "2024-11-20 over 43,000 people", "2024-11-20 under 40,000 people" });
        toll.GetProperty("values")[0].GetProperty("sources")[0].GetProperty("document").GetString().ShouldBe("october");
        toll.GetProperty("value").GetProperty("text").GetString().ShouldBe("under 40,000 people");
        toll.GetProperty("as-of").GetString().ShouldBe("2024-11-20");
        toll.GetProperty("according-to").GetString().ShouldBe("army");
        toll.GetProperty("sources").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public void The_json_export_holds_every_fact_with_every_key()
    {
        using var json = JsonDocument.Parse(Tool.Run("export", "--format", "json").Output);
        var root = json.RootElement;

        root.GetProperty("format").GetString().ShouldBe("factmodel");
        root.GetProperty("version").GetInt32().ShouldBe(1);
        (root.GetProperty("actors").GetArrayLength() + root.GetProperty("places").GetArrayLength()
            + root.GetProperty("events").GetArrayLength() + root.GetProperty("figures").GetArrayLength()).ShouldBe(89);
        var toll = root.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "gaza-death-toll");
        toll.GetProperty("value").GetProperty("qualifier").GetString().ShouldBe("over");
        toll.GetProperty("value").GetProperty("lower-bound").GetProperty("inclusive").GetBoolean().ShouldBeFalse();
        toll.GetProperty("value").GetProperty("upper-bound").ValueKind.ShouldBe(JsonValueKind.Null);
        var keys = root.GetProperty("events").EnumerateArray().Select(e => string.Join(",", e.EnumerateObject().Select(p => p.Name))).Distinct();
        keys.Count().ShouldBe(1, "every event has the same keys");
    }
}
