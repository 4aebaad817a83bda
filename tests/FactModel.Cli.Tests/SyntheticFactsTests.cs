using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests;

/// <summary>
/// 10,000 synthetic facts (the fact base docs/cli.md measures <c>check</c> on) are valid and checked in full. They
/// are left in the test's output folder, synthetic-facts/, for the measurement.
/// </summary>
public class SyntheticFactsTests
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "synthetic-facts");

    [Fact]
    public void Ten_thousand_synthetic_facts_check_without_a_problem()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        SyntheticFacts.Write(Folder, 10_000);

        var result = Tool.RunIn(Folder, "check");

        result.ExitCode.ShouldBe(0, result.ToString()[..Math.Min(4000, result.ToString().Length)]);
        result.Output.ShouldBe("Checked 100 fact files (10,000 facts) against 100 source documents: no problems found.\n");
    }

    [Fact]
    public void Every_export_handles_them()
    {
        using var directory = new TemporaryDirectory();
        SyntheticFacts.Write(directory.Path, 1_000);

        foreach (string format in new[] { "json", "jsonld", "mermaid", "dot" })
            Tool.RunIn(directory.Path, "export", "--format", format).ExitCode.ShouldBe(0, format);
        Tool.RunIn(directory.Path, "export", "--format", "mermaid", "--diagram", "timeline").ExitCode.ShouldBe(0);
        Tool.RunIn(directory.Path, "show").ExitCode.ShouldBe(0);
    }
}
