using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;

using static FactModel.Benchmarks.Measure;

namespace FactModel.Benchmarks;

/// <summary>
/// <c>--kinds [sizes]</c>: a corpus in which a quarter of the facts are of declared kinds against the built-in corpus
/// of the same size (the issue "Your own kinds": cold, edit and Emit within 20%). Within one run, interleaved in
/// alternate orders (built-in, declared, declared, built-in...) after warm-ups: a cold run of the generator, a warm
/// one-value edit (a quantity's value, with its qualifier, of a figure in the built-in corpus and of an incident report
/// in the declared one), and Emit of the generated code (a fresh compilation each time). Medians of several runs, the
/// process's CPU time, and the median allocations, which load does not change. docs/performance.md has the figures.
/// </summary>
public static class DeclaredKindsRatios
{
    /// <summary>The target: declared over built-in, for each of cold, edit and Emit.</summary>
    public const double Target = 1.2;

    /// <summary>Medians of one size: built-in and declared, each a time and an allocation.</summary>
    public sealed record Result(int Facts, Row Cold, Row Edit, Row Emit);

    public sealed record Row(double BuiltIn, double Declared, double BuiltInCpu, double DeclaredCpu, double BuiltInBytes, double DeclaredBytes)
    {
        public double Ratio => Declared / BuiltIn;

        public double CpuRatio => DeclaredCpu / BuiltInCpu;

        public double BytesRatio => DeclaredBytes / BuiltInBytes;
    }

    /// <summary>How many timed runs of each side: cold runs, edits, Emits; and untimed rounds of Emit before them.</summary>
    public sealed record Runs(int Cold, int Edits, int Emits, int EmitWarmups = 1);

    /// <summary>
    /// Measures each size and prints its table; with <paramref name="samples"/>, every run's time, CPU time and
    /// allocation too. With <paramref name="calibrate"/>, the built-in corpus against a second copy of itself, measured
    /// the same way: how far apart two equal workloads come out on this machine now, which a ratio must exceed to mean
    /// anything.
    /// </summary>
    public static void Run(IReadOnlyList<int> sizes, bool samples = false, bool calibrate = false)
    {
        var total = Stopwatch.StartNew();
        Console.WriteLine(calibrate
            ? "FactModel declared kinds benchmark, calibration: the built-in corpus against a second copy of itself (the 'declared' column)"
            : "FactModel declared kinds benchmark: a quarter of the facts of declared kinds against the built-in corpus of the same size");
        Console.WriteLine("(medians of interleaved runs within one run: wall time, its ratio, the ratio of the process's CPU time, and allocations on every thread;");
        Console.WriteLine(" target: declared/built-in wall time <= 1.20 for cold, edit and Emit)");
        foreach (int size in sizes)
        {
            var result = MeasureSize(size, size <= 10_000 ? new Runs(Cold: 21, Edits: 31, Emits: 11, EmitWarmups: 2) : new Runs(Cold: 7, Edits: 21, Emits: 3), verbose: true, samples, calibrate);
            Console.WriteLine($"{"",-10} | {"built-in",9} | {"declared",9} | {"ratio",6} | {"CPU ratio",9} | {"built-in alloc",14} | {"declared alloc",14} | {"ratio",6} | within 20%");
            Print("cold", result.Cold, "ms", 1);
            Print("value edit", result.Edit, "ms", 1);
            Print("Emit", result.Emit, "s", 1000);
        }
        Console.WriteLine($"declared kinds benchmark took {total.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>One line for <c>--ratios</c>: the ratios of one size, measured with fewer runs.</summary>
    public static void PrintQuick(int size)
    {
        var watch = Stopwatch.StartNew();
        // Two Emits of each side untimed and five timed: with one and three, the compiler still tiering up over the first
        // Emits moved the ratio from run to run (1.14x to 1.82x for the same build, where the full benchmark gives 1.06x).
        var r = MeasureSize(size, new Runs(Cold: 7, Edits: 21, Emits: 5, EmitWarmups: 2), verbose: false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"declared kinds, {size} facts (a quarter of declared kinds) / built-in: cold {r.Cold.Ratio:0.00}x, value edit {r.Edit.Ratio:0.00}x, Emit {r.Emit.Ratio:0.00}x; "
            + $"allocations {r.Cold.BytesRatio:0.00}x, {r.Edit.BytesRatio:0.00}x, {r.Emit.BytesRatio:0.00}x ({watch.Elapsed.TotalSeconds:0} s)"));
    }

    private static void Print(string what, Row row, string unit, double scale)
    {
        string format = unit == "s" ? "0.00" : row.BuiltIn < 20 ? "0.00" : "0";
        string Time(double ms) => (ms / scale).ToString(format, CultureInfo.InvariantCulture) + " " + unit;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-10} | {Time(row.BuiltIn),9} | {Time(row.Declared),9} | {row.Ratio,5:0.00}x | {row.CpuRatio,8:0.00}x | {Megabytes(row.BuiltInBytes),14} | {Megabytes(row.DeclaredBytes),14} | {row.BytesRatio,5:0.00}x | {(row.Ratio <= Target ? "yes" : "no")}"));
    }

    private static string Megabytes(double bytes) => bytes >= 10 << 20
        ? (bytes / (1 << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : (bytes / (1 << 10)).ToString("0", CultureInfo.InvariantCulture) + " KB";

    /// <summary>Measures one size; first checks that both corpora generate with no error, compile, and hold the same
    /// number of facts (a quarter of them of declared kinds in the declared corpus), and that each edit is an edit.</summary>
    public static Result MeasureSize(int size, Runs runs, bool verbose, bool samples = false, bool calibrate = false)
    {
        var builtIn = new Side(SyntheticCorpus.Generate(size), "figure-0-1");
        var declared = calibrate ? new Side(SyntheticCorpus.Generate(size), "figure-0-1") : new Side(SyntheticCorpus.Generate(size, declaredKinds: true), "incident-0-1");
        if (builtIn.FactCount != declared.FactCount)
            throw new InvalidOperationException($"the corpora differ in size: {builtIn.FactCount} and {declared.FactCount} facts");
        if (!calibrate && (declared.DeclaredFacts * 4 != declared.FactCount || builtIn.DeclaredFacts != 0))
            throw new InvalidOperationException($"{declared.DeclaredFacts} of {declared.FactCount} facts are of declared kinds, not a quarter");
        if (verbose)
        {
            Console.WriteLine();
            Console.WriteLine($"{size:N0} facts: built-in {builtIn.Describe()}");
            Console.WriteLine($"{"",-14}declared {declared.Describe()}");
        }

        // Warm-ups: the JIT tiers the generator's code up over the first runs. Each cold run from a clean heap, so that
        // neither side pays for the other's garbage.
        var cold = InterleavedFromCleanHeap(3, runs.Cold, builtIn.Cold, declared.Cold);
        var edit = Interleaved(6, runs.Edits, builtIn.Edit.Next, declared.Edit.Next);
        // Each side compiled once by the checks above; the compiler's own code still tiers up over the next few Emits.
        var emit = Interleaved(runs.EmitWarmups, runs.Emits, builtIn.Emit, declared.Emit);
        if (samples)
        {
            // Each run as wall ms/CPU ms/allocated KB, built-in (0) and declared (1), in the order they ran.
            foreach (var (name, measured) in new[] { ("cold", cold), ("edit", edit), ("emit", emit) })
            {
                for (int side = 0; side < 2; side++)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {side}: ") + string.Join(" ", measured[side].Select(x =>
                        string.Create(CultureInfo.InvariantCulture, $"{x.Milliseconds:0.0}/{x.CpuMilliseconds:0.0}/{x.Bytes >> 10}K"))));
            }
        }
        return new Result(size, Medians(cold), Medians(edit), Medians(emit));
    }

    private static Row Medians(List<Sample>[] samples) =>
        new(MedianTime(samples[0]), MedianTime(samples[1]), MedianCpu(samples[0]), MedianCpu(samples[1]), MedianBytes(samples[0]), MedianBytes(samples[1]));

    /// <summary>One corpus, checked, with what each measured run needs.</summary>
    private sealed class Side
    {
        private readonly CorpusCompilation _input;
        private readonly Compilation _generated;

        public Side(SyntheticCorpus corpus, string editedFact)
        {
            Corpus = corpus;
            _input = new CorpusCompilation(corpus);
            _generated = Generate(_input, out var diagnostics);
            Diagnostics = diagnostics.Count;
            var facts = LoadAll(Measure.Emit(_generated));
            FactCount = facts.Count;
            if (FactCount != corpus.FactCount) throw new InvalidOperationException($"the model has {FactCount} facts, the corpus {corpus.FactCount}");
            DeclaredFacts = facts.Count(f => !IsBuiltIn(f.GetType()));

            var target = WarmEdit.FactFile(_input, corpus.Files[0].Path);
            Edit = new WarmEdit(_input, target, WarmEdit.OneValue(corpus.Files[0].Yaml, editedFact));
            CheckEdit(Edit);
        }

        public SyntheticCorpus Corpus { get; }

        public int Diagnostics { get; }

        public int FactCount { get; }

        public int DeclaredFacts { get; }

        public WarmEdit Edit { get; }

        public void Cold() => _input.CreateDriver().RunGenerators(_input.Compilation);

        public void Emit() => Measure.Emit(Fresh(_generated));

        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"{Corpus.YamlLength:N0} characters of YAML in {Corpus.AllFiles.Count(f => f.IsFactFile)} fact files, {FactCount:N0} facts ({DeclaredFacts:N0} of declared kinds), {Diagnostics} diagnostics");

        /// <summary>The edited version generates with no error, and changes the edited file's generated source.</summary>
        private void CheckEdit(WarmEdit edit)
        {
            var before = edit.Driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();
            var driver = edit.Driver.ReplaceAdditionalText(WarmEdit.FactFile(_input, Corpus.Files[0].Path), edit.Edited)
                .RunGeneratorsAndUpdateCompilation(_input.Compilation, out _, out var diagnostics);
            if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                throw new InvalidOperationException("the edited corpus gives errors:\n" + string.Join("\n", diagnostics.Take(10)));
            int changed = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).Where((text, i) => i >= before.Count || text != before[i]).Count();
            if (changed != 1) throw new InvalidOperationException($"the edit changed {changed} generated sources, not the edited file's alone");
        }

        private static bool IsBuiltIn(Type type) => type.Assembly == typeof(Fact).Assembly;
    }
}
