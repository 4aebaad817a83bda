using System.Text.RegularExpressions;
using FactModel.Generator.Tests.Infrastructure;

namespace FactModel.Generator.Tests;

/// <summary>The generated sources are byte-identical whatever the run, the order of inputs or the checkout path.</summary>
public class DeterminismTests
{
    private static IEnumerable<InputText> SeedInputs(string projectDirectory) =>
        Directory.GetFiles(RepositoryFiles.Path("facts"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => InputText.Facts("facts/" + Path.GetFileName(path), File.ReadAllText(path), projectDirectory))
            .Append(InputText.SeedArticle with { Path = projectDirectory + "seeds/blinken-arrives-in-israel.txt" });

    private static SortedDictionary<string, string> Generate(IEnumerable<InputText> inputs, string projectDirectory = InputText.ProjectDirectory) =>
        new GeneratorHarness(inputs, projectDirectory: projectDirectory).Run().GeneratedSources
            .Aggregate(new SortedDictionary<string, string>(StringComparer.Ordinal), (all, s) =>
            {
                all.Add(s.HintName, s.SourceText.ToString());
                return all;
            });

    [Fact]
    public void Two_runs_give_byte_identical_sources()
    {
        Generate(SeedInputs(InputText.ProjectDirectory)).ShouldBe(Generate(SeedInputs(InputText.ProjectDirectory)));
    }

    [Fact]
    public void The_order_of_additional_files_does_not_matter()
    {
        var forward = Generate(SeedInputs(InputText.ProjectDirectory));
        var reversed = Generate(SeedInputs(InputText.ProjectDirectory).Reverse());

        reversed.ShouldBe(forward);
    }

    [Fact]
    public void Two_checkout_paths_give_the_same_sources_with_no_path_in_them()
    {
        var here = Generate(SeedInputs("/home/alice/src/app/"), "/home/alice/src/app/");
        var there = Generate(SeedInputs("/builds/agent-7/work/app/"), "/builds/agent-7/work/app/");

        there.ShouldBe(here);
        foreach (var (hint, text) in here)
        {
            text.ShouldNotContain("/home/alice", Case.Sensitive, hint);
            Regex.IsMatch(text, @"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase).ShouldBeFalse(hint);
            Regex.IsMatch(text, @"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}").ShouldBeFalse(hint);
        }
    }
}
