using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests;

/// <summary><c>factmodel show</c>: the table of every fact, one fact with what refers to it, and an unknown id.</summary>
public class ShowTests
{
    [Fact]
    public void Without_an_id_it_prints_a_table_of_every_fact_of_the_seed()
    {
        var result = Tool.Run("show");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Error.ShouldBeEmpty();
        Snapshots.Match(result.Output);
    }

    [Theory]
    [InlineData("antony-blinken")]
    [InlineData("israel-country")]
    [InlineData("killing-of-yahya-sinwar")]
    [InlineData("hostages-believed-dead")]
    public void With_an_id_it_prints_every_field_and_every_fact_that_refers_to_it(string id)
    {
        var result = Tool.Run("show", id);

        result.ExitCode.ShouldBe(0, result.ToString());
        Snapshots.Match(result.Output, id);
    }

    [Fact]
    public void An_unknown_id_exits_with_1_and_suggests_the_nearest()
    {
        var result = Tool.Run("show", "hammas");

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldBe("factmodel: no fact has the id 'hammas' (did you mean 'hamas'?); 'factmodel show' lists every fact\n");
    }

    [Fact]
    public void Facts_with_errors_are_still_shown_with_a_note()
    {
        var result = Tool.RunIn(Tool.Input("broken"), "show", "yahya-sinwar");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("leader of hammas (no fact has this id)");
        result.Error.ShouldContain("the fact files have 8 error(s); 'factmodel check' lists them");
    }

    [Fact]
    public void Other_fact_files_can_be_shown()
    {
        var result = Tool.Run("show", "--facts", "tests/FactModel.Cli.Tests/Inputs/timeline/facts", "--sources", "tests/FactModel.Cli.Tests/Inputs/timeline/seeds", "envoy");

        result.ExitCode.ShouldBe(0, result.ToString());
        Snapshots.Match(result.Output);
    }
}
