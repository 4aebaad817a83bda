using FactModel.Benchmarks;
using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactModel.Generator.Tests;

/// <summary>The synthetic corpus the benchmarks use is valid, and the pipeline stays incremental at its scale.</summary>
public class ScaleTests
{
    private static GeneratorHarness Harness(SyntheticCorpus corpus) =>
        new(corpus.Files.SelectMany(f => new[]
        {
            InputText.Facts(f.Path, f.Yaml),
            new InputText(InputText.ProjectDirectory + f.DocumentPath, f.Document, "FactSource"),
        }));

    [Fact]
    public void The_synthetic_corpus_is_valid_and_compiles()
    {
        var corpus = SyntheticCorpus.Generate(2_000);
        var harness = Harness(corpus);

        var result = harness.Run();

        corpus.FactCount.ShouldBe(2_000);
        result.Diagnostics.ShouldBeEmpty(Snapshots.Describe(result.Diagnostics.Take(20)));
        harness.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(harness.CompilationDiagnostics().Take(20)));
        // A source per output group (here every group has files), the catalog and the model's metadata; every file in a group.
        int groups = result.GeneratedSources.Count(s => s.HintName.StartsWith("FactGroup.", StringComparison.Ordinal));
        groups.ShouldBe(FactModel.Generator.Pipeline.OutputGroups.CountFor(corpus.Files.Count));
        result.GeneratedSources.Length.ShouldBe(groups + 2);
        foreach (var file in corpus.Files) result.HasBlockOf(file.Path).ShouldBeTrue(file.Path);
    }

    // 60 files of one figure each, with a 150,000-character measure: 18 MB as UTF-16 string literals.
    private static IEnumerable<InputText> MoreTextThanTheStringHeapHolds() => Enumerable.Range(0, 60).Select(i =>
        InputText.Facts($"facts/f{i}.yaml", $"figures:\n  - id: f-{i}\n    measure: {new string('m', 150_000)}{i}\n    value: 1\n"));

    [Fact]
    public void Before_csharp_11_a_model_with_more_text_than_an_assembly_holds_gets_FM1009_not_a_storm_of_CS8103()
    {
        var harness = new GeneratorHarness(MoreTextThanTheStringHeapHolds(), languageVersion: LanguageVersion.CSharp10);

        var result = harness.Run();

        var d = result.Diagnostics.Single(d => d.Id == "FM1009");
        d.Severity.ShouldBe(DiagnosticSeverity.Warning);
        d.Location.ShouldBe(Location.None);
        d.GetMessage().ShouldContain("use C# 11 or later, or split the fact files across several class libraries");
        // The estimate is right: the compiler's own limit is really exceeded.
        harness.Output!.Emit(Stream.Null).Diagnostics.ShouldContain(c => c.Id == "CS8103");
    }

    [Fact]
    public void With_csharp_11_the_model_is_utf8_data_outside_the_string_heap_and_the_same_model_compiles()
    {
        var harness = new GeneratorHarness(MoreTextThanTheStringHeapHolds());

        var result = harness.Run();

        result.Diagnostics.ShouldNotContain(d => d.Id == "FM1009");
        var emit = harness.Output!.Emit(Stream.Null);
        emit.Success.ShouldBeTrue(Snapshots.Describe(emit.Diagnostics.Take(5)));
    }

    [Fact]
    public void The_seed_facts_are_far_below_the_string_literal_limit()
    {
        var corpus = SyntheticCorpus.Generate(10_000);

        var result = Harness(corpus).Run();

        result.Diagnostics.ShouldNotContain(d => d.Id == "FM1009");
    }

    [Fact]
    public void The_same_seed_gives_the_same_corpus()
    {
        SyntheticCorpus.Generate(500).Files.Select(f => f.Yaml).ShouldBe(SyntheticCorpus.Generate(500).Files.Select(f => f.Yaml));
    }

    [Fact]
    public void A_one_value_edit_in_one_of_twenty_files_regenerates_only_that_file()
    {
        var corpus = SyntheticCorpus.Generate(2_000);
        var harness = Harness(corpus);
        harness.Run();
        var target = corpus.Files[7];

        harness.ReplaceText(InputText.ProjectDirectory + target.Path, target.Yaml.Replace("value: ", "value: 1", StringComparison.Ordinal));
        var result = harness.Run();

        var parse = result.TrackedSteps[TrackingNames.ParsedFactFiles].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        parse.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        parse.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(corpus.Files.Count - 1);
        // The ids, edges and dates did not change: the steps that read them from every file are not even run again.
        foreach (string step in new[] { TrackingNames.Directory, TrackingNames.IdRules, TrackingNames.CycleRules, TrackingNames.DateRules })
            result.TrackedSteps[step].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached, step);
        var references = result.TrackedSteps[TrackingNames.ReferenceRules].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        references.Count(r => r != IncrementalStepRunReason.Cached).ShouldBe(1);
    }
}
