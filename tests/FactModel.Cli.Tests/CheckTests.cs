using System.Text.Json;
using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests;

/// <summary>
/// <c>factmodel check</c>: every format on a broken fact base (Inputs/broken) and on the seed article, the exit
/// codes, and the order and paths of what is printed.
/// </summary>
public class CheckTests
{
    public static TheoryData<string> Formats => new() { "text", "msbuild", "github", "json" };

    [Fact]
    public void The_seed_article_has_no_problems()
    {
        var result = Tool.Run("check");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldBe("Checked 5 fact files (89 facts) against 1 source document: no problems found.\n");
        result.Error.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_prints_every_diagnostic_and_errors_exit_with_1(string format)
    {
        var result = Tool.RunIn(Tool.Input("broken"), "check", "--format", format);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldBeEmpty();
        Snapshots.Match(result.Output, format, format == "json" ? "json" : "txt");
    }

    [Fact]
    public void Warnings_alone_exit_with_0()
    {
        var result = Tool.RunIn(Tool.Input("warnings"), "check", "--format", "msbuild");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldBe("facts/places.yaml(7,9): warning FM3003: Fact 'somewhere': the fact has no source; add 'source: { document: ..., quote: ... }'\n");
    }

    [Fact]
    public void Values_over_time_warn_where_sources_disagree_and_where_a_cumulative_figure_goes_down()
    {
        var result = Tool.RunIn(Tool.Input("over-time"), "check", "--format", "msbuild");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldBe(
            "facts/figures.yaml(21,18): warning FM2006: Fact 'death-toll': the value under 40,000 people as of 2024-11-20 according to 'army' "
            + "and the value over 43,000 people as of 2024-11-20 according to 'health-authorities' cannot both hold on 2024-11-20; if the sources disagree, "
            + "mark the figure 'certainty: disputed', else correct the value\n"
            + "facts/figures.yaml(21,18): warning FM2007: Fact 'death-toll': the value under 40,000 people as of 2024-11-20 according to 'army' is "
            + "lower than the value over 42,000 people as of 2024-10-22 according to 'health-authorities', but a cumulative figure never goes down; correct "
            + "the value, or give the figure another kind if it can go down\n");
    }

    [Fact]
    public void The_json_format_is_an_array_of_diagnostics_with_one_based_positions()
    {
        var result = Tool.RunIn(Tool.Input("broken"), "check", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.ValueKind.ShouldBe(JsonValueKind.Array);
        var unresolved = json.RootElement.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "FM2001");
        unresolved.GetProperty("severity").GetString().ShouldBe("error");
        unresolved.GetProperty("file").GetString().ShouldBe("facts/actors.yaml");
        unresolved.GetProperty("line").GetInt32().ShouldBe(12);
        unresolved.GetProperty("column").GetInt32().ShouldBe(30);
        unresolved.GetProperty("end-column").GetInt32().ShouldBe(36);
        unresolved.GetProperty("help").GetString().ShouldEndWith("diagnostics.md#fm2001");
    }

    [Fact]
    public void Files_and_folders_can_be_named_and_the_output_does_not_depend_on_their_order()
    {
        var oneWay = Tool.RunIn(Tool.Input("broken"), "check", "facts/events.yaml", "facts", "--format", "msbuild");
        var otherWay = Tool.RunIn(Tool.Input("broken"), "check", "facts/malformed.yaml", "facts/actors.yaml", "facts/events.yaml", "--format", "msbuild");

        otherWay.Output.ShouldBe(oneWay.Output);
        oneWay.Output.ShouldBe(Tool.RunIn(Tool.Input("broken"), "check", "--format", "msbuild").Output);
    }

    [Fact]
    public void Paths_are_printed_relative_to_the_working_directory_with_forward_slashes()
    {
        var result = Tool.RunIn(Path.Combine(Tool.Input("broken"), "facts"), "check", "actors.yaml", "--sources", "../seeds", "--format", "msbuild");

        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(line => line.StartsWith("actors.yaml(", StringComparison.Ordinal));
        var fromAbove = Tool.RunIn(RepositoryFiles.Root, "check", "tests/FactModel.Cli.Tests/Inputs/broken/facts/actors.yaml",
            "--sources", "tests/FactModel.Cli.Tests/Inputs/broken/seeds", "--format", "msbuild");
        fromAbove.Output.ShouldStartWith("tests/FactModel.Cli.Tests/Inputs/broken/facts/actors.yaml(12,30): error FM2001");
    }

    [Fact]
    public void Without_a_seeds_folder_quotes_are_not_checked_and_a_note_says_so()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("facts/places.yaml", "places:\n  - id: gaza\n    name: Gaza\n    source: { document: nowhere, quote: \"Gaza\" }\n");

        var result = Tool.RunIn(directory.Path, "check");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldBe("Checked 1 fact file (1 fact) without source documents (quotes not checked): no problems found.\n");
        result.Error.ShouldContain("no 'seeds' folder here, so quotes are not checked");
    }

    [Fact]
    public void Malformed_yaml_is_a_diagnostic_of_the_file_not_bad_input()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("facts/broken.yaml", "actors: [\n");

        var result = Tool.RunIn(directory.Path, "check", "--format", "msbuild");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Output.ShouldContain("facts/broken.yaml(1,9): error FM1001: The list that opens with '[' here is never closed");
    }

    [Fact]
    public void Running_twice_prints_the_same_bytes()
    {
        foreach (string format in Formats)
            Tool.RunIn(Tool.Input("broken"), "check", "--format", format).Output.ShouldBe(Tool.RunIn(Tool.Input("broken"), "check", "--format", format).Output);
    }
}
