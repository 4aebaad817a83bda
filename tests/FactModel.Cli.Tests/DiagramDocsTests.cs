using System.Text.RegularExpressions;
using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests;

/// <summary>
/// docs/diagrams.md shows the seed article's timeline and graph as Mermaid diagrams produced by the CLI. This test
/// produces them again from facts/ and fails when the page is out of date, writing the up-to-date page next to it
/// as docs/diagrams.received.md (ignored by git) to review and copy over.
/// </summary>
public partial class DiagramDocsTests
{
    [GeneratedRegex("```mermaid\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    [Fact]
    public void The_diagrams_in_the_docs_are_those_the_cli_draws_from_the_facts()
    {
        string page = RepositoryFiles.Path("docs/diagrams.md");
        string text = File.ReadAllText(page).Replace("\r\n", "\n", StringComparison.Ordinal);
        string[] expected =
        {
            Tool.Run("export", "--format", "mermaid", "--diagram", "timeline").Output,
            Tool.Run("export", "--format", "mermaid", "--diagram", "graph").Output,
        };

        var blocks = MermaidBlock().Matches(text);
        blocks.Count.ShouldBe(2, "docs/diagrams.md has a timeline and a graph, in that order");
        int next = 0;
        string upToDate = MermaidBlock().Replace(text, _ => "```mermaid\n" + expected[next++] + "```");
        if (upToDate != text)
        {
            File.WriteAllText(RepositoryFiles.Path("docs/diagrams.received.md"), upToDate);
            Assert.Fail("docs/diagrams.md is out of date with facts/: review docs/diagrams.received.md and copy it over docs/diagrams.md");
        }
    }
}
