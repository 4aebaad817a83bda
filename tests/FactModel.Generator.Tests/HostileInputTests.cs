using System.Text;
using FactModel.Core.Parsing;
using FactModel.Generator.Tests.Infrastructure;
using FactModel.Specs;
using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Tests;

/// <summary>
/// The adversarial catalogue: inputs that must give a diagnostic (or a faithful model), never an exception, a stack
/// overflow or code that does not compile.
/// </summary>
public class HostileInputTests
{
    private static (GeneratorRunResult Result, GeneratorHarness Harness) Run(string yaml, string path = "facts/x.yaml")
    {
        var harness = new GeneratorHarness(new[] { InputText.Facts(path, yaml) });
        var result = harness.Run();
        harness.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(harness.CompilationDiagnostics()));
        return (result, harness);
    }

    private static IEnumerable<string> Errors(GeneratorRunResult result) =>
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id);

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_keep_line_numbers_exact()
    {
        var (result, _) = Run("\uFEFFactors:\r\n  - id: hamas\r\n    kind: group\r\n    nmae: Hamas\r\n");

        var d = result.Diagnostics.Single(d => d.Id == "FM1002");
        var span = d.Location.GetLineSpan();
        (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1).ShouldBe((4, 5));
    }

    [Fact]
    public void Tabs_used_for_indentation_are_malformed_yaml_with_a_line()
    {
        var (result, _) = Run("actors:\n\t- id: hamas\n");

        var d = result.Diagnostics.Single(d => d.Id == "FM1001");
        d.GetMessage().ShouldBe("Line 2 is indented with a tab; YAML indents with spaces only: replace the tab with spaces (the YAML reader says: While scanning a mapping, found invalid tab as indentation.)");
        d.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(1);
    }

    [Theory]
    [InlineData("NO")]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("off")]
    [InlineData("~x")]
    [InlineData("0x1F")]
    [InlineData("1e3")]
    [InlineData("2024-10-22")]
    public void Yaml_1_1_words_stay_the_text_that_was_written(string word)
    {
        var file = FactFileParser.Parse("x.yaml", $"places:\n  - id: x\n    name: {word}\n");

        file.Diagnostics.ShouldBeEmpty();
        ((PlaceSpec)file.Facts.Single()).Name.ShouldBe(word);
    }

    [Fact]
    public void Anchors_and_aliases_are_read_as_their_values()
    {
        var file = FactFileParser.Parse("x.yaml", "places:\n  - id: a\n    name: &n Gaza\n  - id: b\n    name: *n\n");

        file.Diagnostics.ShouldBeEmpty();
        file.Facts.Cast<PlaceSpec>().Select(p => p.Name).ShouldBe(new[] { "Gaza", "Gaza" });
    }

    [Fact]
    public void Ten_thousand_deep_nesting_is_stopped_at_the_depth_limit_without_overflowing_the_stack()
    {
        string yaml = "actors: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        var (result, _) = Run(yaml);

        Errors(result).ShouldBe(new[] { "FM1008" });
        result.Diagnostics.Single().GetMessage().ShouldContain("FactModelMaxDepth");
    }

    [Fact]
    public void Ten_thousand_deep_block_nesting_is_stopped_too()
    {
        var yaml = new StringBuilder("actors:\n");
        for (int i = 0; i < 10_000; i++) yaml.Append(' ', 2 * i + 2).Append("- \n");

        var (result, _) = Run(yaml.ToString());

        Errors(result).ShouldNotBeEmpty();
        Errors(result).ShouldAllBe(id => id == "FM1008" || id == "FM1001");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n# and another\n")]
    [InlineData("---\n")]
    [InlineData("~\n")]
    public void Empty_and_comment_only_files_give_no_facts_and_no_errors(string yaml)
    {
        var (result, _) = Run(yaml);

        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Several_yaml_documents_in_one_file_are_an_error_on_the_second()
    {
        var (result, _) = Run("places:\n  - id: a\n    name: A\n---\nplaces:\n  - id: b\n    name: B\n");

        var d = result.Diagnostics.Single(d => d.Id == "FM1001");
        d.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(3);
        d.GetMessage().ShouldContain("second one");
    }

    [Theory]
    [InlineData("just text")]
    [InlineData("- a\n- b\n")]
    [InlineData("actors: a string\n")]
    [InlineData("actors:\n  - just text\n")]
    [InlineData("? [complex, key]\n: value\n")]
    [InlineData("actors:\n  - id: [a, b]\n    kind: group\n    name: X\n")]
    [InlineData("actors:\n  - id: x\n    kind: { a: b }\n    name: X\n")]
    public void Wrongly_shaped_files_give_errors_not_exceptions(string yaml)
    {
        var (result, _) = Run(yaml);

        Errors(result).ShouldNotBeEmpty();
    }

    [Fact]
    public void Two_facts_yaml_files_in_different_folders_both_generate()
    {
        var harness = new GeneratorHarness(new[]
        {
            InputText.Facts("facts/a/facts.yaml", "places:\n  - id: a\n    name: A\n"),
            InputText.Facts("facts/b/facts.yaml", "places:\n  - id: b\n    name: B\n"),
            InputText.Facts("facts/a_b/facts.yaml", "places:\n  - id: c\n    name: C\n"),
            InputText.Facts("facts/a/b_facts.yaml", "places:\n  - id: d\n    name: D\n"),
        });

        var result = harness.Run();

        // Four files make one output group; each has its block, and their data fields do not clash (it compiles).
        result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal).ShouldBe(new[] { "FactCatalog.g.cs", "FactGroup.000.g.cs", "FactModel.Metadata.g.cs" });
        foreach (string path in new[] { "facts/a/facts.yaml", "facts/b/facts.yaml", "facts/a_b/facts.yaml", "facts/a/b_facts.yaml" })
            result.HasBlockOf(path).ShouldBeTrue(path);
        harness.CompilationDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_with_the_limit_and_how_to_raise_it()
    {
        var harness = new GeneratorHarness(new[] { InputText.Facts("facts/big.yaml", "places: []\n" + new string('#', 2000) + "\n") },
            globalOptions: new Dictionary<string, string> { ["FactModelMaxFileSize"] = "1000" });

        var result = harness.Run();

        var d = result.Diagnostics.Single();
        d.Id.ShouldBe("FM1008");
        d.GetMessage().ShouldContain("FactModelMaxFileSize");
    }

    [Fact]
    public void A_20_megabyte_fact_file_is_read_whole()
    {
        var yaml = new StringBuilder("places:\n");
        int count = 0;
        while (yaml.Length < 20 * 1024 * 1024)
        {
            yaml.Append("  - id: place-").Append(count).Append("\n    name: \"A place with a long name, ").Append(count)
                .Append(", to fill twenty megabytes of YAML quickly and honestly\"\n    kind: area\n");
            count++;
        }

        var file = FactFileParser.Parse("big.yaml", yaml.ToString());

        file.Diagnostics.ShouldBeEmpty();
        file.Facts.Count.ShouldBe(count);
    }

    [Fact]
    public void Control_characters_anywhere_give_diagnostics_not_exceptions()
    {
        // Regression: a control character inside a flow mapping made YamlDotNet throw InvalidOperationException
        // (found by PropertyTests, CsCheck seed 5hauUPA1qUg1).
        for (char c = '\0'; c < ' '; c++)
        {
            foreach (string yaml in new[]
            {
                $"events:\n  - id: e\n    title: E\n    date: {{ from: 2023{c}1007 }}\n",
                $"events:\n  - id: e\n    title: \"E{c}\"\n",
                $"events:\n  - id: e{c}\n    title: E\n",
                $"events: [{c}]\n",
            })
            {
                var file = FactFileParser.Parse("x.yaml", yaml);
                file.ShouldNotBeNull();
            }
        }
    }

    [Fact]
    public void Parsing_honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => FactFileParser.Parse("x.yaml", "places:\n  - id: a\n    name: A\n", cancellationToken: cancelled.Token));
    }
}
