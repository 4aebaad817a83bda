using System.Diagnostics;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace FactModel.Benchmarks;

/// <summary>
/// The measuring the quick modes share (<c>--ratios</c>, <c>--kinds</c>, <c>--probe-edit</c>): a timed run with what it
/// allocated, medians, runs of what is compared interleaved so that load from other jobs falls on both sides alike,
/// the generator's output checked before anything is timed, and Emit of the generated code.
/// </summary>
internal static class Measure
{
    /// <summary>
    /// One run: its wall time, the process's CPU time during it, and the bytes allocated during it, on every thread
    /// (Emit compiles in parallel; the garbage collector has threads of its own). On a shared machine the CPU time
    /// varies less than the wall time: waiting for a core is not in it.
    /// </summary>
    public readonly record struct Sample(double Milliseconds, double CpuMilliseconds, long Bytes);

    public static double Time(Action action) => Run(action).Milliseconds;

    public static Sample Run(Action action)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        action();
        double elapsed = watch.Elapsed.TotalMilliseconds;
        double cpuElapsed = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
        return new Sample(elapsed, cpuElapsed, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    /// <summary>
    /// Runs each action once untimed per warm-up, then <paramref name="runs"/> rounds of one timed run of each, in turn
    /// and in alternate orders (a, b, then b, a...) so that a drift over the rounds (the JIT still tiering up, a
    /// neighbour's job starting) falls on every action alike: the samples of each action, in the order of
    /// <paramref name="actions"/>.
    /// </summary>
    public static List<Sample>[] Interleaved(int warmups, int runs, params Action[] actions) => Interleaved(warmups, runs, actions, untimedBefore: null);

    private static List<Sample>[] Interleaved(int warmups, int runs, Action[] actions, Action? untimedBefore)
    {
        for (int i = 0; i < warmups; i++)
        {
            foreach (var action in actions) action();
        }
        var samples = actions.Select(_ => new List<Sample>(runs)).ToArray();
        for (int i = 0; i < runs; i++)
        {
            for (int k = 0; k < actions.Length; k++)
            {
                int a = i % 2 == 0 ? k : actions.Length - 1 - k;
                untimedBefore?.Invoke();
                samples[a].Add(Run(actions[a]));
            }
        }
        return samples;
    }

    /// <summary>
    /// <see cref="Interleaved"/>, with a full garbage collection before every run, untimed: each run starts from the
    /// same heap and pays for the collections its own allocations cause, not for the garbage the run before it left (a
    /// cold run allocates about 90 MB at 10,000 facts, and which of two interleaved sides a gen2 collection falls on
    /// moved their ratio by up to 0.3).
    /// </summary>
    public static List<Sample>[] InterleavedFromCleanHeap(int warmups, int runs, params Action[] actions) =>
        Interleaved(warmups, runs, actions, CollectGarbage);

    public static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>
    /// How many MB a thread allocates, and keeps, after a full collection before the next gen0 collection: the collector
    /// sizes gen0 from the processor's cache (about 16 MB on a machine with 32 MB of L3; where the cache is small, the
    /// workstation collector with background collection allows 6 MB). First access to a whole model keeps what it
    /// allocates (12 MB at 50,000 facts), so on a machine where it exceeds this a collection falls in the middle of it
    /// and copies what it has built: the quick benchmark prints it so that a log's first-access figures can be read.
    /// </summary>
    public static double Gen0Budget()
    {
        CollectGarbage();
        var kept = new List<byte[]>();
        long start = GC.GetAllocatedBytesForCurrentThread();
        int collections = GC.CollectionCount(0);
        // At most 1 GB, should gen0 be unbounded (DOTNET_gcConcurrent=0 lets it grow to 200 MB).
        while (GC.CollectionCount(0) == collections && kept.Count < 1_000_000) kept.Add(new byte[1000]);
        double megabytes = (GC.GetAllocatedBytesForCurrentThread() - start) / 1048576.0;
        GC.KeepAlive(kept);
        kept.Clear();
        CollectGarbage();
        return megabytes;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted[sorted.Length / 2];
    }

    public static double MedianTime(IEnumerable<Sample> samples) => Median(samples.Select(s => s.Milliseconds));

    public static double MedianCpu(IEnumerable<Sample> samples) => Median(samples.Select(s => s.CpuMilliseconds));

    /// <summary>The median allocation: allocations barely vary, so this is what compares on a loaded machine.</summary>
    public static double MedianBytes(IEnumerable<Sample> samples) => Median(samples.Select(s => (double)s.Bytes));

    /// <summary>The floor a cold run is measured against: YamlDotNet's <c>Parser</c> over every fact file, its events read and nothing built.</summary>
    public static int Floor(SyntheticCorpus corpus)
    {
        int events = 0;
        foreach (var file in corpus.Files)
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(file.Yaml));
            while (parser.MoveNext()) events++;
        }
        return events;
    }

    /// <summary>Runs the generator over the corpus and returns the compilation with the generated code; throws on an
    /// error diagnostic, so that nothing is timed over a corpus the generator rejects.</summary>
    public static Compilation Generate(CorpusCompilation input, out IReadOnlyList<Diagnostic> diagnostics)
    {
        input.CreateDriver().RunGeneratorsAndUpdateCompilation(input.Compilation, out var generated, out var reported);
        diagnostics = reported;
        var errors = reported.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException($"the corpus gives {errors.Count} error diagnostics:\n" + string.Join("\n", errors.Take(10)));
        return generated;
    }

    /// <summary>Compiles the generated code with the runtime library; throws if it does not compile.</summary>
    public static byte[] Emit(Compilation generated)
    {
        using var stream = new MemoryStream();
        var result = generated.Emit(stream);
        if (!result.Success)
            throw new InvalidOperationException("the generated model does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        return stream.ToArray();
    }

    /// <summary>The same compilation afresh (the syntax trees already parsed, nothing bound), so that each Emit does
    /// the whole work, as a build's compile does.</summary>
    public static Compilation Fresh(Compilation generated) => generated.RemoveAllSyntaxTrees().AddSyntaxTrees(generated.SyntaxTrees);

    /// <summary>Loads the model into a fresh context, as an application loads it once, and returns every fact.</summary>
    public static IReadOnlyList<Fact> LoadAll(byte[] assembly)
    {
        var context = new AssemblyLoadContext("model-" + Guid.NewGuid().ToString("N"), isCollectible: false);
        var catalog = context.LoadFromStream(new MemoryStream(assembly)).GetType("Bench.Facts.FactCatalog")!;
        return (IReadOnlyList<Fact>)catalog.GetProperty("All")!.GetValue(null)!;
    }
}

/// <summary>
/// A warm generator driver that each <see cref="Next"/> edits, alternating between two versions of one fact file, so
/// that every run is an edit (as GeneratorBenchmarks' warm benchmarks do).
/// </summary>
internal sealed class WarmEdit
{
    private readonly AdditionalText[] _versions;
    private readonly Compilation _compilation;
    private int _count;

    /// <param name="generator">The generator to run; this build's when null (another build's, loaded apart, to compare).</param>
    public WarmEdit(CorpusCompilation input, AdditionalText target, string edited, bool trackSteps = false, IIncrementalGenerator? generator = null)
    {
        _compilation = input.Compilation;
        _versions = new[] { target, CorpusCompilation.Replace(target, edited) };
        Driver = input.CreateDriver(trackSteps, generator).RunGenerators(_compilation);
    }

    public GeneratorDriver Driver { get; private set; }

    /// <summary>The edited text of the target.</summary>
    public AdditionalText Edited => _versions[1];

    public void Next()
    {
        var (from, to) = (_versions[_count % 2], _versions[1 - _count % 2]);
        _count++;
        Driver = Driver.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
    }

    /// <summary>The fact file <paramref name="path"/> (relative to the project) of the corpus.</summary>
    public static AdditionalText FactFile(CorpusCompilation input, string path) =>
        input.Texts.Single(t => t.Path == CorpusCompilation.ProjectDirectory + path);

    /// <summary>
    /// <paramref name="yaml"/> with one value edited: a 1 written before the first number after <c>value: </c> in the
    /// fact <paramref name="id"/> (a figure's value, or a quantity written <c>{ value: 40, qualifier: about }</c>).
    /// </summary>
    public static string OneValue(string yaml, string id)
    {
        int fact = yaml.IndexOf($"  - id: {id}\n", StringComparison.Ordinal);
        if (fact < 0) throw new ArgumentException($"no fact '{id}'", nameof(id));
        int next = yaml.IndexOf("\n  - id: ", fact + 1, StringComparison.Ordinal);
        int value = yaml.IndexOf("value: ", fact, StringComparison.Ordinal);
        if (value < 0 || (next >= 0 && value > next)) throw new ArgumentException($"the fact '{id}' has no 'value: '", nameof(id));
        return yaml.Insert(value + "value: ".Length, "1");
    }
}
