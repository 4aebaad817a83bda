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
        TrackingNames.IdSummaries, TrackingNames.EdgeSummaries, TrackingNames.DateSummaries, TrackingNames.IdRules,
        TrackingNames.DefinitionIndex, TrackingNames.ReferenceRules, TrackingNames.CycleRules, TrackingNames.DateRules,
        TrackingNames.NamedWholes, TrackingNames.WholeIds, TrackingNames.WholesInFiles, TrackingNames.Wholes, TrackingNames.WholeValues,
        TrackingNames.FigureRules,
    };

    /// <summary>Why each output of <paramref name="step"/> is what it is; never empty, so that "all cached" means something.</summary>
    private static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
    {
        var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        reasons.ShouldNotBeEmpty(step);
        return reasons;
    }

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
        // The documents are looked up by name as before: their index is not built again.
        Reasons(result, TrackingNames.DocumentsByName).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        // The ids did not change, so the directory every file's output depends on is not even built again.
        Reasons(result, TrackingNames.DirectoryFiles).Count(r => r == IncrementalStepRunReason.Unchanged).ShouldBe(1);
        Reasons(result, TrackingNames.Directory).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        result.BlockOf("facts/file3.yaml").ShouldContain("Place 3 renamed");
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

    /// <summary>Each generated source's text by hint name, to tell the sources an edit wrote again (a new text) from those it kept.</summary>
    private static Dictionary<string, Microsoft.CodeAnalysis.Text.SourceText> Texts(GeneratorRunResult result) =>
        result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText, StringComparer.Ordinal);

    /// <summary>The hint names whose text is not the very object of the run before: the sources written again.</summary>
    private static string[] Rewritten(GeneratorRunResult before, GeneratorRunResult after)
    {
        var previous = Texts(before);
        return Texts(after).Where(s => !previous.TryGetValue(s.Key, out var text) || !ReferenceEquals(text, s.Value))
            .Select(s => s.Key).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Editing_only_csharp_code_leaves_every_step_cached_and_every_source_as_it_was()
    {
        // Twenty files in eight output groups: the driver carries eight sources over, not twenty.
        var harness = HarnessWithFiles(20);
        var before = harness.Run();
        before.GeneratedSources.Count(s => s.HintName.StartsWith("FactGroup.", StringComparison.Ordinal)).ShouldBeLessThanOrEqualTo(8);

        harness.ReplaceUserCode("namespace User { public static class Program { public static int X => 1; } }");
        var result = harness.Run();

        foreach (string step in new[]
                 {
                     TrackingNames.InputFiles, TrackingNames.ParsedFactFiles, TrackingNames.SourceDocuments, TrackingNames.DirectoryFiles, TrackingNames.Directory,
                     TrackingNames.SourceValidation, TrackingNames.EmittedFactFiles, TrackingNames.OutputGroups, TrackingNames.ChunkLayout,
                     TrackingNames.DocumentsByName, TrackingNames.Severities, TrackingNames.StringLiterals,
                 }.Concat(ValidationSteps))
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step);
        Rewritten(before, result).ShouldBeEmpty();
    }

    [Fact]
    public void Editing_one_value_emits_only_that_file_again_and_writes_only_its_groups_source()
    {
        var harness = HarnessWithFiles(20);
        var before = harness.Run();
        string edited = before.SourceOf("facts/file3.yaml").HintName;

        harness.ReplaceText("/project/facts/file3.yaml", File(3).Text.Replace("Place 3\n", "Place 3 renamed\n", StringComparison.Ordinal));
        var result = harness.Run();

        // Only the edited file is emitted again; the others' texts are the cached ones.
        var emitted = Reasons(result, TrackingNames.EmittedFactFiles).ToList();
        emitted.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        emitted.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(19);
        // The groups are made again (one step over every file), and only the edited file's group differs from before.
        var groups = Reasons(result, TrackingNames.OutputGroups).ToList();
        groups.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        groups.Count(r => r == IncrementalStepRunReason.Unchanged).ShouldBe(groups.Count - 1);
        // The chunks the catalog lists are made again from the groups, and are as they were: the catalog is not written again.
        Reasons(result, TrackingNames.ChunkLayout).ShouldBe(new[] { IncrementalStepRunReason.Unchanged });
        // So only its source is written again, and the compiler gets no other new text; the file is still in it.
        Rewritten(before, result).ShouldBe(new[] { edited });
        result.SourceOf("facts/file3.yaml").HintName.ShouldBe(edited);
        result.BlockOf("facts/file3.yaml").ShouldContain("Place 3 renamed");
        harness.CompilationDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void Adding_a_file_emits_the_others_again_into_the_same_texts_and_writes_only_the_new_files_group()
    {
        var harness = HarnessWithFiles(20);
        var before = harness.Run();

        // New ids change the directory every file is emitted against, so every file is emitted again: into the text it
        // had (a file's output does not depend on the facts of others), which leaves the other groups as they were.
        harness.AddText(File(20));
        var result = harness.Run();

        Reasons(result, TrackingNames.Directory).ShouldAllBe(r => r == IncrementalStepRunReason.Modified);
        var emitted = Reasons(result, TrackingNames.EmittedFactFiles).ToList();
        emitted.Count(r => r == IncrementalStepRunReason.New).ShouldBe(1);
        emitted.Count(r => r == IncrementalStepRunReason.Unchanged).ShouldBe(20);
        // 21 files are still eight groups: no file moves, and of the groups only the new file's is written again (the
        // catalog and the metadata are too: they list every fact).
        Rewritten(before, result).Where(hint => hint.StartsWith("FactGroup.", StringComparison.Ordinal)).ShouldBe(new[] { result.SourceOf("facts/file20.yaml").HintName });
        harness.CompilationDiagnostics().ShouldBeEmpty();
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
        added.HasBlockOf("facts/file7.yaml").ShouldBeTrue();

        harness.RemoveText("/project/facts/file0.yaml");
        var removed = harness.Run();
        Reasons(removed, TrackingNames.ParsedFactFiles).ShouldNotContain(IncrementalStepRunReason.Modified);
        Reasons(removed, TrackingNames.ParsedFactFiles).ShouldNotContain(IncrementalStepRunReason.New);
        removed.HasBlockOf("facts/file0.yaml").ShouldBeFalse();
    }

    /// <summary>A file with a fact of every kind the rules between facts read: an event in a part-of chain, a figure.</summary>
    private static InputText RichFile(int i, string partOf = "event-0", string? value = null)
    {
        string source = $"    source: {{ document: doc, quote: \"Place {i}\" }}\n";
        return InputText.Facts($"facts/file{i}.yaml",
            $"places:\n  - id: place-{i}\n    name: Place {i}\n{source}"
            + $"events:\n  - id: event-{i}\n    title: Event {i}\n    date: 2024\n{(i == 0 ? "" : $"    part-of: {partOf}\n")}    places: [place-{i}]\n{source}"
            + $"figures:\n  - id: figure-{i}\n    measure: people in place {i}\n    value: {value ?? (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)}\n"
            + $"    unit: people\n    about: place-{i}\n{source}");
    }

    private static GeneratorHarness HarnessWithRichFiles(int count) =>
        new(Enumerable.Range(0, count).Select(i => RichFile(i)).Append(InputText.Document("doc", string.Concat(Enumerable.Range(0, count).Select(i => $"Place {i}. ")))));

    [Fact]
    public void Editing_one_figure_value_reruns_only_that_files_references_and_the_figure_rules()
    {
        var harness = HarnessWithRichFiles(10);
        harness.Run().Diagnostics.ShouldBeEmpty();

        harness.ReplaceText("/project/facts/file3.yaml", RichFile(3, value: "999").Text);
        var result = harness.Run();

        // The edited file alone is parsed and summarized again.
        Reasons(result, TrackingNames.ParsedFactFiles).Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        Reasons(result, TrackingNames.ParsedFactFiles).Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(9);
        // The ids, the edges and the dates did not change: every file's part of them is found equal to the last run's,
        // and the rules that read them over every file did not run.
        foreach (string step in new[] { TrackingNames.IdSummaries, TrackingNames.EdgeSummaries, TrackingNames.DateSummaries, TrackingNames.NamedWholes, TrackingNames.WholesInFiles })
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Unchanged, step);
        foreach (string step in new[] { TrackingNames.IdRules, TrackingNames.DefinitionIndex, TrackingNames.CycleRules, TrackingNames.DateRules })
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step);
        // Only the edited file's references are checked again (and find nothing new).
        var references = Reasons(result, TrackingNames.ReferenceRules).ToList();
        references.Count(r => r == IncrementalStepRunReason.Unchanged).ShouldBe(1);
        references.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(9);
        // The edited figure is no whole: the index of wholes is not rebuilt, and only the edited file's figures are
        // checked again, not every figure of the model.
        Reasons(result, TrackingNames.WholeIds).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(result, TrackingNames.Wholes).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        var parts = Reasons(result, TrackingNames.WholeValues).ToList();
        parts.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(9);
        parts.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        var figures = Reasons(result, TrackingNames.FigureRules).ToList();
        figures.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(9);
        figures.Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged).ShouldBe(1);
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Editing_the_value_of_a_whole_rechecks_the_files_of_its_parts_and_reports_a_part_now_larger()
    {
        // file0's figure is the whole of every other file's figure ('of: figure-0'), and their values are 101..109.
        var harness = new GeneratorHarness(Enumerable.Range(0, 10)
            .Select(i => i == 0 ? RichFile(0, value: "1000") : InputText.Facts($"facts/file{i}.yaml", RichFile(i).Text + "    of: figure-0\n"))
            .Append(InputText.Document("doc", string.Concat(Enumerable.Range(0, 10).Select(i => $"Place {i}. ")))));
        harness.Run().Diagnostics.ShouldBeEmpty();

        harness.ReplaceText("/project/facts/file0.yaml", RichFile(0, value: "105").Text);
        var result = harness.Run();

        Reasons(result, TrackingNames.Wholes).ShouldAllBe(r => r == IncrementalStepRunReason.Modified);
        Reasons(result, TrackingNames.FigureRules).ShouldNotContain(IncrementalStepRunReason.Cached);
        result.Diagnostics.Select(d => d.Id).ShouldBe(Enumerable.Repeat("FM2005", 4)); // 106..109 are larger than 105
    }

    /// <summary>
    /// Ten files: file0's figure is a whole (1000) of the figures of file1 and file2 (101, 102); file4's figure is half of
    /// file0's (a whole with a derived value, 500), and the whole of the figures of file5 and file6 (105, 106); the
    /// figures of file3, file7, file8 and file9 are part of nothing and no whole.
    /// </summary>
    private static InputText WholesFile(int i, string? value = null)
    {
        string text = RichFile(i, value: value).Text;
        return i switch
        {
            1 or 2 => InputText.Facts($"facts/file{i}.yaml", text + "    of: figure-0\n"),
            4 => InputText.Facts($"facts/file{i}.yaml", text.Replace("    value: 104\n", "    share: 1/2\n", StringComparison.Ordinal) + "    of: figure-0\n"),
            5 or 6 => InputText.Facts($"facts/file{i}.yaml", text + "    of: figure-4\n"),
            _ => InputText.Facts($"facts/file{i}.yaml", text),
        };
    }

    private static GeneratorHarness HarnessWithWholes() =>
        new(Enumerable.Range(0, 10).Select(i => WholesFile(i, i == 0 ? "1000" : null))
            .Append(InputText.Document("doc", string.Concat(Enumerable.Range(0, 10).Select(i => $"Place {i}. ")))));

    /// <summary>
    /// The file of each output of <paramref name="step"/> (a step downstream of <see cref="TrackingNames.WholeValues"/>,
    /// one output per file), read from the WholeValues output it was computed from, with the output's run reason.
    /// </summary>
    private static List<(string File, IncrementalStepRunReason Reason)> ByFile(GeneratorRunResult result, string step)
    {
        static string FileOf(IncrementalGeneratorRunStep run, int output)
        {
            if (run.Name == TrackingNames.WholeValues)
                return ((FactModel.Validation.Rules.FigureSummary)((System.Runtime.CompilerServices.ITuple)run.Outputs[output].Value)[0]!).FilePath;
            foreach (var (source, index) in run.Inputs)
            {
                if (FileOf(source, index) is { Length: > 0 } file) return file;
            }
            return "";
        }

        var runs = result.TrackedSteps[step].SelectMany(run => run.Outputs.Select((o, i) => (File: FileOf(run, i), o.Reason))).ToList();
        runs.ShouldNotBeEmpty(step);
        runs.ShouldAllBe(r => r.File.Length > 0, step);
        return runs;
    }

    private static string[] Rerun(List<(string File, IncrementalStepRunReason Reason)> runs) =>
        runs.Where(r => r.Reason != IncrementalStepRunReason.Cached).Select(r => r.File.Replace("/project/facts/", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Editing_the_value_of_a_whole_rechecks_the_figures_of_its_file_and_of_the_files_that_name_it_and_no_other()
    {
        var harness = HarnessWithWholes();
        harness.Run().Diagnostics.ShouldBeEmpty();

        // figure-0 1000 -> 210: figure-4 is now 105, and file6's 106 is larger than it.
        harness.ReplaceText("/project/facts/file0.yaml", WholesFile(0, "210").Text);
        var result = harness.Run();

        // The index of wholes changed, and each file took its part of it again; the part changed for the files that
        // name figure-0 or figure-4 (whose value derives from it), and file0's own figures changed.
        Reasons(result, TrackingNames.Wholes).ShouldAllBe(r => r == IncrementalStepRunReason.Modified);
        var parts = ByFile(result, TrackingNames.WholeValues);
        parts.Count.ShouldBe(10);
        parts.Where(p => p.Reason == IncrementalStepRunReason.Modified).Select(p => p.File).Order(StringComparer.Ordinal).ToArray()
            .ShouldBe(new[] { 0, 1, 2, 4, 5, 6 }.Select(i => $"/project/facts/file{i}.yaml").ToArray());
        parts.Count(p => p.Reason == IncrementalStepRunReason.Unchanged).ShouldBe(4);
        // So the figure rules ran for those six files, and the other four stayed cached.
        var figures = ByFile(result, TrackingNames.FigureRules);
        figures.Count.ShouldBe(10);
        Rerun(figures).ShouldBe(new[] { "file0.yaml", "file1.yaml", "file2.yaml", "file4.yaml", "file5.yaml", "file6.yaml" });
        // A value edit changes no id, edge or date: the rules over every file's ids, edges and dates did not run, and
        // only the edited file's references were checked again.
        foreach (string step in new[] { TrackingNames.WholeIds, TrackingNames.IdRules, TrackingNames.DefinitionIndex, TrackingNames.CycleRules, TrackingNames.DateRules, TrackingNames.Directory })
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step);
        Reasons(result, TrackingNames.ReferenceRules).Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(9);
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("FM2005");
        diagnostic.Location.GetLineSpan().Path.ShouldEndWith("file6.yaml");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("the whole it is part of, 'figure-4'");
    }

    [Fact]
    public void Editing_the_value_of_a_part_rechecks_the_figures_of_its_file_only()
    {
        var harness = HarnessWithWholes();
        harness.Run().Diagnostics.ShouldBeEmpty();

        // figure-5 is part of figure-4 (500) and no whole: 105 -> 600 is larger than its whole.
        harness.ReplaceText("/project/facts/file5.yaml", WholesFile(5, "600").Text);
        var result = harness.Run();

        foreach (string step in new[] { TrackingNames.WholeIds, TrackingNames.Wholes, TrackingNames.IdRules, TrackingNames.DefinitionIndex, TrackingNames.CycleRules, TrackingNames.DateRules })
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step);
        Rerun(ByFile(result, TrackingNames.WholeValues)).ShouldBe(new[] { "file5.yaml" });
        Rerun(ByFile(result, TrackingNames.FigureRules)).ShouldBe(new[] { "file5.yaml" });
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("FM2005");
        diagnostic.Location.GetLineSpan().Path.ShouldEndWith("file5.yaml");
    }

    [Fact]
    public void Editing_a_part_of_reruns_the_cycle_and_date_rules_but_not_the_id_or_figure_rules()
    {
        var harness = HarnessWithRichFiles(5);
        harness.Run();

        harness.ReplaceText("/project/facts/file3.yaml", RichFile(3, partOf: "event-1").Text);
        var result = harness.Run();

        Reasons(result, TrackingNames.CycleRules).ShouldNotContain(IncrementalStepRunReason.Cached);
        Reasons(result, TrackingNames.DateRules).ShouldNotContain(IncrementalStepRunReason.Cached);
        foreach (string step in new[] { TrackingNames.IdRules, TrackingNames.FigureRules })
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step);
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_cycle_made_by_an_edit_is_reported_and_one_undone_goes_away()
    {
        var harness = HarnessWithRichFiles(3);
        harness.Run();

        // event-1 is part of event-0; making event-0 part of event-1 closes a cycle.
        harness.ReplaceText("/project/facts/file0.yaml", RichFile(0).Text.Replace("    places: [place-0]", "    part-of: event-1\n    places: [place-0]", StringComparison.Ordinal));
        harness.Run().Diagnostics.Select(d => d.Id).ShouldBe(new[] { "FM2003" });

        harness.ReplaceText("/project/facts/file0.yaml", RichFile(0).Text);
        harness.Run().Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_comment_edit_or_a_csharp_edit_leaves_every_validation_step_cached()
    {
        var harness = HarnessWithRichFiles(4);
        harness.Run();

        harness.ReplaceText("/project/facts/file2.yaml", RichFile(2).Text.Replace("title: Event 2\n", "title: Event 2  # a comment\n", StringComparison.Ordinal));
        var commented = harness.Run();
        harness.ReplaceUserCode("namespace User { public static class Program { public static int X => 2; } }");
        var recompiled = harness.Run();

        foreach (var result in new[] { commented, recompiled })
        foreach (string step in ValidationSteps)
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step);
    }

    private const string Declarations = """
        kinds:
          - id: casualty-report
            section: casualty-reports
            fields:
              - { key: place, type: place, required: true }
              - { key: killed, type: quantity }
        """;

    private static InputText Report(int i, int killed = 3) => InputText.Facts($"facts/report{i}.yaml",
        $"casualty-reports:\n  - id: report-{i}\n    place: place-{i}\n    killed: {killed}\n    source: {{ document: doc, quote: \"Place {i}\" }}\n");

    /// <summary>Ten files of places, a file that declares a kind, and five files of facts of that kind.</summary>
    private static GeneratorHarness HarnessWithDeclaredKinds() =>
        new(Enumerable.Range(0, 10).Select(i => File(i)).Concat(Enumerable.Range(0, 5).Select(i => Report(i)))
            .Append(InputText.Facts("facts/kinds.yaml", Declarations))
            .Append(InputText.Document("doc", string.Concat(Enumerable.Range(0, 10).Select(i => $"Place {i}. ")))));

    [Fact]
    public void Editing_a_fact_of_a_declared_kind_reparses_only_its_file_and_leaves_the_kinds_cached()
    {
        var harness = HarnessWithDeclaredKinds();
        harness.Run().Diagnostics.ShouldBeEmpty();

        harness.ReplaceText("/project/facts/report2.yaml", Report(2, killed: 30).Text);
        var result = harness.Run();

        var parse = Reasons(result, TrackingNames.ParsedFactFiles).ToList();
        parse.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        parse.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(15);
        // The edited file declares no kinds: its declarations are still none, and the project's kinds are not rebuilt.
        Reasons(result, TrackingNames.KindDeclarations).Count(r => r == IncrementalStepRunReason.Unchanged).ShouldBe(1);
        Reasons(result, TrackingNames.ProjectKinds).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(result, TrackingNames.Directory).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        result.BlockOf("facts/report2.yaml").ShouldContain("30");
    }

    [Fact]
    public void Moving_a_declaration_or_commenting_it_rebuilds_nothing_that_reads_the_kinds()
    {
        var harness = HarnessWithDeclaredKinds();
        harness.Run();

        harness.ReplaceText("/project/facts/kinds.yaml", "# The project's kinds.\n\n" + Declarations);
        var result = harness.Run();

        Reasons(result, TrackingNames.KindDeclarations).ShouldContain(IncrementalStepRunReason.Modified); // the spans moved
        Reasons(result, TrackingNames.ProjectKinds).ShouldAllBe(r => r == IncrementalStepRunReason.Unchanged);
        Reasons(result, TrackingNames.ParsedFactFiles).Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(15);
    }

    [Fact]
    public void Editing_a_declaration_regenerates_its_class_and_reparses_the_files_against_it()
    {
        var harness = HarnessWithDeclaredKinds();
        var before = harness.Run();
        before.GeneratedSources.Select(s => s.HintName).ShouldContain("Kinds.CasualtyReport.g.cs");

        harness.ReplaceText("/project/facts/kinds.yaml", Declarations + "\n      - { key: verified, type: boolean }\n");
        var result = harness.Run();

        Reasons(result, TrackingNames.ProjectKinds).ShouldAllBe(r => r == IncrementalStepRunReason.Modified);
        // Every file is read against the kinds: the files of the kind, and the others (which could hold its facts).
        Reasons(result, TrackingNames.ParsedFactFiles).ShouldNotContain(IncrementalStepRunReason.Cached);
        result.GeneratedSources.Single(s => s.HintName == "Kinds.CasualtyReport.g.cs").SourceText.ToString().ShouldContain("public bool? Verified { get; }");
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_csharp_edit_leaves_the_kinds_cached_too()
    {
        var harness = HarnessWithDeclaredKinds();
        harness.Run();

        harness.ReplaceUserCode("namespace User { public static class Program { public static int X => 1; } }");
        var result = harness.Run();

        foreach (string step in new[] { TrackingNames.KindDeclarations, TrackingNames.ProjectKinds, TrackingNames.ParsedFactFiles })
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step);
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
