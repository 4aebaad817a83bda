using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests;

/// <summary>
/// Input factmodel cannot use gets one clear sentence on the error stream and exit code 2, never a stack trace, and
/// nothing on the output stream that a script could mistake for a result.
/// </summary>
public class BadInputTests
{
    private static void ShouldBeBadInput(CliResult result, string message)
    {
        result.ExitCode.ShouldBe(2, result.ToString());
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain(message);
        result.Error.ShouldNotContain("   at ");
        result.Error.ShouldNotContain("Exception");
    }

    [Fact]
    public void A_missing_path_is_named()
    {
        ShouldBeBadInput(Tool.RunIn(Tool.Input("broken"), "check", "nowhere.yaml"), "'nowhere.yaml' does not exist");
    }

    [Fact]
    public void A_missing_default_facts_folder_is_named()
    {
        using var directory = new TemporaryDirectory();
        ShouldBeBadInput(Tool.RunIn(directory.Path, "check"), "'facts' does not exist");
    }

    [Fact]
    public void A_missing_sources_folder_given_by_option_is_named()
    {
        ShouldBeBadInput(Tool.RunIn(Tool.Input("broken"), "check", "--sources", "nope"), "'nope' does not exist");
    }

    [Fact]
    public void A_folder_without_fact_files_is_bad_input()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("facts/readme.txt", "no facts here");
        ShouldBeBadInput(Tool.RunIn(directory.Path, "check"), "no fact files (*.yaml, *.yml) in 'facts'");
    }

    [Fact]
    public void A_binary_file_is_refused_with_its_name()
    {
        using var directory = new TemporaryDirectory();
        string path = Path.Combine(directory.Path, "facts", "image.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D });

        ShouldBeBadInput(Tool.RunIn(directory.Path, "check"), "'facts/image.yaml' is a binary file, not text");
    }

    [Fact]
    public void A_binary_source_document_is_refused_too()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("facts/places.yaml", "places:\n  - { id: gaza, name: Gaza }\n");
        Directory.CreateDirectory(Path.Combine(directory.Path, "seeds"));
        File.WriteAllBytes(Path.Combine(directory.Path, "seeds", "scan.pdf"), new byte[] { 0x25, 0x50, 0x44, 0x46, 0x00, 0x01 });

        ShouldBeBadInput(Tool.RunIn(directory.Path, "check"), "'seeds/scan.pdf' is a binary file");
    }

    [Fact]
    public void Every_problem_of_a_run_is_named_not_only_the_first()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("facts/places.yaml", "places:\n  - { id: gaza, name: Gaza }\n");
        File.WriteAllBytes(Path.Combine(directory.Path, "facts", "image.yml"), new byte[] { 0x00, 0x01 });
        Directory.CreateDirectory(Path.Combine(directory.Path, "seeds"));
        File.WriteAllBytes(Path.Combine(directory.Path, "seeds", "scan.pdf"), new byte[] { 0x25, 0x00 });

        var result = Tool.RunIn(directory.Path, "check", "facts", "missing.yaml");

        ShouldBeBadInput(result, "'missing.yaml' does not exist");
        result.Error.ShouldContain("'seeds/scan.pdf' is a binary file");
    }

    [Fact]
    public void A_folder_with_thousands_of_fact_files_is_refused_before_any_is_read()
    {
        using var directory = new TemporaryDirectory();
        for (int i = 0; i < 1_001; i++) directory.Write($"facts/f{i:D4}.yaml", "");

        ShouldBeBadInput(Tool.RunIn(directory.Path, "check"), "there are more than 1,000 fact files under the paths given; give a narrower path, or raise the limit with --max-files");
    }

    [Fact]
    public void The_file_limit_can_be_raised_or_lowered()
    {
        ShouldBeBadInput(Tool.RunIn(Tool.Input("broken"), "check", "--max-files", "2"), "more than 2 fact files");
        Tool.RunIn(Tool.Input("broken"), "check", "--max-files", "3").ExitCode.ShouldBe(1);
    }

    [Fact]
    public void An_unreadable_file_is_named_with_the_reason()
    {
        // Permissions do not stop root, who runs CI; /proc/self/mem is a file that exists and cannot be read from
        // its start by anyone.
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/proc/self/mem"), "needs Linux's /proc/self/mem");

        ShouldBeBadInput(Tool.RunIn(Tool.Input("broken"), "check", "/proc/self/mem"), "cannot read '");
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--unknown")]
    [InlineData("frobnicate")]
    [InlineData("export")]
    [InlineData("export", "--format", "pdf")]
    [InlineData("check", "--max-files", "0")]
    public void A_command_line_that_does_not_parse_says_why_and_how_to_get_help(params string[] args)
    {
        var result = Tool.Run(args);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain("--help' for the commands and options");
    }

    [Fact]
    public void No_command_at_all_is_bad_input()
    {
        Tool.Run().ExitCode.ShouldBe(2);
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_is_named()
    {
        ShouldBeBadInput(Tool.Run("export", "--format", "json", "--out", "no/such/folder/facts.json"), "cannot write 'no/such/folder/facts.json'");
    }

    [Fact]
    public void Options_that_do_not_apply_to_the_format_are_refused()
    {
        ShouldBeBadInput(Tool.Run("export", "--format", "json", "--diagram", "timeline"), "--diagram applies to the mermaid and dot formats only");
        ShouldBeBadInput(Tool.Run("export", "--format", "mermaid", "--base", "https://example.org/"), "--base applies to the jsonld format only");
    }
}
