using System.Diagnostics;
using FactModel.Core;
using FactModel.Core.Kinds;
using FactModel.Core.Model;
using FactModel.Core.Yaml;
using FactModel.Specs;
using FactModel.Validation;
using FactModel.Validation.Rules;
using YamlDotNet.Core;

namespace FactModel.Benchmarks;

/// <summary>A quick breakdown of a cold run's stages, with their allocations (<c>--probe</c>; <c>--probe N --kinds</c> for the
/// corpus with declared kinds), to see where time goes before benchmarking.</summary>
internal static class Probe
{
    public static void Run(int facts = 10_000, bool declaredKinds = false)
    {
        var corpus = SyntheticCorpus.Generate(facts, declaredKinds: declaredKinds);
        var factFiles = corpus.AllFiles.Where(f => f.IsFactFile).ToList();
        string Stage(Measure.Sample s) => $"{s.Milliseconds:F0} ms {s.Bytes / 1048576.0:F1} MB";
        for (int round = 0; round < 4; round++)
        {
            var floor = Measure.Run(() =>
            {
                foreach (var f in factFiles)
                {
                    var parser = new Parser(new StringReader(f.Text));
                    while (parser.MoveNext()) { }
                }
            });
            // The project's kinds (each file read for a 'kinds:' section, then checked together), as the generator does first.
            ProjectKinds kinds = ProjectKinds.BuiltIn;
            var declarations = Measure.Run(() => kinds = FactSetAnalysis.BuildKinds(
                factFiles.Select(f => FactSetAnalysis.ReadKinds(f.Path, f.Text, FactFileLimits.Default)).ToList()).Kinds);
            List<ParsedFactFile> parsed = null!;
            var parse = Measure.Run(() => parsed = factFiles.Select(f => FactSetAnalysis.Parse(f.Path, f.Text, FactFileLimits.Default, default, kinds)).ToList());
            List<SourceDocument> documents = null!;
            var docs = Measure.Run(() => documents = corpus.Files.Select(f => SourceDocument.FromText(Path.GetFileNameWithoutExtension(f.DocumentPath), f.DocumentPath, f.Document)).ToList());
            var directory = Measure.Run(() => FactDirectory.Build(parsed));
            List<FactModel.Validation.FactDiagnostic> diagnostics = null!;
            var validate = Measure.Run(() => diagnostics = FactSetAnalysis.ValidateConsistency(parsed, default, kinds.Catalog));
            var stages = RuleStages(parsed, kinds.Catalog);
            var sources = Measure.Run(() =>
            {
                var byName = SourceDocuments.Of(documents);
                foreach (var file in parsed) diagnostics.AddRange(SourceValidator.Validate(file, byName));
            });
            diagnostics.AddRange(parsed.SelectMany(f => f.Diagnostics));
            Console.WriteLine($"floor {Stage(floor)} | kinds {Stage(declarations)} | parse {Stage(parse)} | documents {Stage(docs)} | directory {Stage(directory)} | "
                + $"consistency {Stage(validate)} ({stages}) | sources {Stage(sources)} ({diagnostics.Count} diagnostics)");
        }

        // The compile: generate, then Emit, as the compiler would.
        var input = new CorpusCompilation(corpus);
        var clock = Stopwatch.StartNew();
        input.CreateDriver().RunGeneratorsAndUpdateCompilation(input.Compilation, out var generated, out _);
        double generate = clock.Elapsed.TotalMilliseconds;
        var generatedSources = generated.SyntaxTrees.Skip(1).ToList();
        Console.WriteLine($"generated {generatedSources.Count} sources, {generatedSources.Sum(t => (long)t.Length):N0} characters");
        clock.Restart();
        generated.Emit(Stream.Null);
        double coldEmit = clock.Elapsed.TotalMilliseconds;
        // A second Emit of a fresh compilation: the compiler warm, as in the compiler server of a real build.
        generated = generated.RemoveAllSyntaxTrees().AddSyntaxTrees(generated.SyntaxTrees);
        clock.Restart();
        using var stream = new MemoryStream();
        var result = generated.Emit(stream);
        Console.WriteLine($"generate {generate:F0} ms | emit cold {coldEmit:F0} ms, warm {clock.Elapsed.TotalMilliseconds:F0} ms, {stream.Length:N0} bytes, success {result.Success}, "
            + string.Join(", ", result.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).GroupBy(d => d.Id).Select(g => $"{g.Count()} {g.Key}")));
        FirstAccess(stream.ToArray());
        Console.WriteLine($"{corpus.FactCount:N0} facts, {corpus.YamlLength:N0} characters of YAML");
    }

    /// <summary>
    /// First access to the compiled model, by stage: loading the assembly, the catalog's static constructor (which makes
    /// the chunks of facts, without reading them), then building every chunk and sorting the facts by id (<c>All</c>).
    /// </summary>
    private static void FirstAccess(byte[] assembly)
    {
        for (int round = 0; round < 5; round++)
        {
            var clock = Stopwatch.StartNew();
            var context = new System.Runtime.Loader.AssemblyLoadContext("probe-" + round, isCollectible: false);
            var catalog = context.LoadFromStream(new MemoryStream(assembly)).GetType("Bench.Facts.FactCatalog")!;
            double load = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(catalog.TypeHandle);
            double build = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            int count = ((IReadOnlyList<Fact>)catalog.GetProperty("All")!.GetValue(null)!).Count;
            Console.WriteLine($"first access: load {load:F1} ms | static constructor {build:F1} ms | build and sort every fact {clock.Elapsed.TotalMilliseconds:F1} ms ({count:N0} facts)");
        }
    }

    /// <summary>The rules between facts stage by stage, as the generator runs them (each stage's time in ms).</summary>
    private static string RuleStages(IReadOnlyList<ParsedFactFile> parsed, KindCatalog catalog)
    {
        var watch = Stopwatch.StartNew();
        var summaries = parsed.Select(f => FactFileSummary.From(f)).ToList();
        double summarize = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var ids = IdRules.Check(summaries.Select(s => s.Ids));
        double idRules = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        foreach (var file in parsed) ReferenceRules.Check(file, ids.Index, catalog);
        double references = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        CycleRules.Check(summaries.Select(s => s.Edges), ids.Index);
        double cycles = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        DateRules.Check(summaries.Select(s => s.Dates), ids.Index);
        double dates = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        FigureRules.Check(summaries.Select(s => s.Figures), ids.Index);
        double figures = watch.Elapsed.TotalMilliseconds;
        return $"summaries {summarize:F1}, ids {idRules:F1}, references {references:F1}, cycles {cycles:F1}, dates {dates:F1}, figures {figures:F1}";
    }

    /// <summary>
    /// Where a warm one-value edit's time goes (<c>--probe-edit</c>): the generator's own time per tracked step, summed
    /// over edits that alternate between two versions of the first file, as GeneratorBenchmarks.OneValueEdit does.
    /// Step tracking costs time of its own, so the total is above the benchmark's; the split is what to look at.
    /// </summary>
    public static void Edit(int facts = 10_000, int edits = 20)
    {
        var input = new CorpusCompilation(SyntheticCorpus.Generate(facts));
        var target = input.Texts[0];
        var edit = new WarmEdit(input, target, target.GetText()!.ToString().Replace("value: ", "value: 1", StringComparison.Ordinal), trackSteps: true);
        var byStep = new Dictionary<string, double>(StringComparer.Ordinal);
        double total = 0;
        for (int i = 0; i < edits * 2; i++)
        {
            double elapsed = Measure.Time(edit.Next);
            if (i < edits) continue; // warm-up
            total += elapsed;
            foreach (var (step, runs) in edit.Driver.GetRunResult().Results.Single().TrackedSteps)
                byStep[step] = byStep.GetValueOrDefault(step) + runs.Sum(r => r.ElapsedTime.TotalMilliseconds);
        }
        Console.WriteLine($"one-value edit at {facts:N0} facts: {total / edits:F1} ms a run (with step tracking); by step, ms a run:");
        foreach (var (step, ms) in byStep.OrderByDescending(s => s.Value).Where(s => s.Value / edits >= 0.05))
            Console.WriteLine($"  {step,-40} {ms / edits,8:F2}");
    }
}
