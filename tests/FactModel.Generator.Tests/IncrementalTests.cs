using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Tests;

/// <summary>What re-runs when something changes: the proof that the pipeline is incremental.</summary>
public class IncrementalTests
{
    private static InputText File(int i, string extra = "") =>
        InputText.Facts($"facts/file{i}.yaml", $"places:\n  - id: place-{i}\n    name: Place {i}\n    kind: city{extra}\n    source: {{ document: doc, quote: \"Place {i}\" }}\n");

    private static GeneratorHarness HarnessWithFiles(int count) =>
        new(Enumerable.Range(0, count).Select(i => File(i)).Append(InputText.Document("doc", string.Concat(Enumerable.Range(0, 10).Select(i => $"Place {i}. ")))));

    /// <summary>The steps of the rules between facts.</summary>
    private static readonly string[] ValidationSteps =
    {
        TrackingNames.FactSummaries, TrackingNames.IdRules, TrackingNames.DefinitionIndex, TrackingNames.ReferenceRules,
        TrackingNames.CycleRules, TrackingNames.DateRules, TrackingNames.FigureRules,
    };

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void Editing_one_value_in_one_of_ten_files_reparses_only_that_file()
    {
        var harness = HarnessWithFiles(10);
        harness.Run();

        harness.ReplaceText("/project/facts/file3.yaml", File(3).Text.Replace("Place 3\n", "Place 3 renamed\n", StringComparison.Ordinal));
        var result = harness.Run();

        var parse = Reasons(result, TrackingNames.ParsedFactFiles).ToList();
        parse.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        parse.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(9);
        // Only the edited file's quotes are checked again.
        Reasons(result, TrackingNames.SourceValidation).Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(9);
        // The ids did not change, so the directory every file's output depends on is unchanged.
        Reasons(result, TrackingNames.Directory).ShouldAllBe(r => r == IncrementalStepRunReason.Unchanged);
        result.GeneratedSources.Single(s => s.HintName == "facts_file3.yaml.g.cs").SourceText.ToString().ShouldContain("Place 3 renamed");
    }

    [Fact]
    public void A_comment_or_trailing_whitespace_edit_leaves_the_parsed_model_unchanged()
    {
        var harness = HarnessWithFiles(3);
        harness.Run();

        harness.ReplaceText("/project/facts/file1.yaml", File(1).Text.Replace("kind: city\n", "kind: city   # a comment\n", StringComparison.Ordinal));
        var result = harness.Run();

        var parse = Reasons(result, TrackingNames.ParsedFactFiles).ToList();
        parse.ShouldContain(IncrementalStepRunReason.Unchanged);
        parse.ShouldNotContain(IncrementalStepRunReason.Modified);
        foreach (string step in ValidationSteps)
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step);
    }

    [Fact]
    public void Editing_only_csharp_code_leaves_every_step_cached()
    {
        var harness = HarnessWithFiles(3);
        harness.Run();

        harness.ReplaceUserCode("namespace User { public static class Program { public static int X => 1; } }");
        var result = harness.Run();

        foreach (string step in new[] { TrackingNames.InputFiles, TrackingNames.ParsedFactFiles, TrackingNames.SourceDocuments, TrackingNames.Directory, TrackingNames.SourceValidation }.Concat(ValidationSteps))
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step);
    }

    [Fact]
    public void Adding_a_file_parses_only_the_new_file_and_removing_one_parses_nothing()
    {
        var harness = HarnessWithFiles(3);
        harness.Run();

        harness.AddText(File(7));
        var added = harness.Run();
        var parse = Reasons(added, TrackingNames.ParsedFactFiles).ToList();
        parse.Count(r => r == IncrementalStepRunReason.New).ShouldBe(1);
        parse.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(3);
        added.GeneratedSources.Select(s => s.HintName).ShouldContain("facts_file7.yaml.g.cs");

        harness.RemoveText("/project/facts/file0.yaml");
        var removed = harness.Run();
        Reasons(removed, TrackingNames.ParsedFactFiles).ShouldNotContain(IncrementalStepRunReason.Modified);
        Reasons(removed, TrackingNames.ParsedFactFiles).ShouldNotContain(IncrementalStepRunReason.New);
        removed.GeneratedSources.Select(s => s.HintName).ShouldNotContain("facts_file0.yaml.g.cs");
    }

    [Fact]
    public void Cached_models_hold_no_roslyn_objects()
    {
        var harness = HarnessWithFiles(2);
        var result = harness.Run();

        var ours = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        foreach (var (step, runs) in result.TrackedSteps.Where(s => ours.Contains(s.Key)))
        foreach (var output in runs.SelectMany(r => r.Outputs))
            ShouldHoldNoRoslynObjects(output.Value, step);
    }

    private static void ShouldHoldNoRoslynObjects(object? value, string step, int depth = 0)
    {
        if (value is null || depth > 6) return;
        var type = value.GetType();
        (value is Compilation or ISymbol or SyntaxNode or Location or Diagnostic or AdditionalText).ShouldBeFalse($"{step} caches a {type.Name}");
        if (type.IsArray) throw new ShouldAssertException($"{step} caches a bare array {type.Name}");
        if (value is string || type.IsPrimitive || type.IsEnum) return;
        if (value is System.Runtime.CompilerServices.ITuple tuple)
            for (int i = 0; i < tuple.Length; i++) ShouldHoldNoRoslynObjects(tuple[i], step, depth + 1);
        else if (value is System.Collections.IEnumerable items)
            foreach (var item in items) ShouldHoldNoRoslynObjects(item, step, depth + 1);
    }
}
