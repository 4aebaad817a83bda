using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests;

/// <summary>Every command has <c>--help</c>, which exits with 0 and reads the same in every terminal.</summary>
public class HelpTests
{
    [Theory]
    [InlineData("")]
    [InlineData("check")]
    [InlineData("show")]
    [InlineData("export")]
    [InlineData("schema")]
    public void Every_command_has_help(string command)
    {
        var args = command.Length == 0 ? new[] { "--help" } : new[] { command, "--help" };

        var result = Tool.Run(args);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("Usage:");
        Snapshots.Match(result.Output, command.Length == 0 ? "factmodel" : command);
    }
}
