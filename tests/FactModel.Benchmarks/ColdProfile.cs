using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using FactModel.Core;
using FactModel.Core.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.Core;

using static FactModel.Benchmarks.Measure;

namespace FactModel.Benchmarks;

/// <summary>
/// Where a cold run's time goes beyond the YamlDotNet floor (<c>--cold ...</c>), for work on the cold-run target:
/// <list type="bullet">
/// <item><c>--cold series N [rounds]</c>: floor and cold run interleaved, every round printed, to see whether the JIT
/// still tiers up after the one warm-up <c>--ratios</c> gives (the ratio falling round by round).</item>
/// <item><c>--cold steps N</c>: a cold run's time by tracked generator step and by output (step tracking on).</item>
/// <item><c>--cold loop N seconds</c>: cold runs back to back, to attach a profiler (dotnet-trace) to.</item>
/// <item><c>--cold edit-loop N seconds</c>: warm one-value edits back to back, the same for the value edit.</item>
/// <item><c>--cold edit-ratio N [rounds] [dir]</c>: the value edit's ratio between N and 5N facts (the target: at most
/// 2x), for this build and another, the four drivers warm in one process and their edits interleaved.</item>
/// <item><c>--cold ab N [rounds] [dir]</c>: this build's generator against another build's (its FactModel assemblies
/// in <c>dir</c>, loaded into a context of their own; Roslyn and YamlDotNet shared), whole cold runs and the parse
/// alone, interleaved with the floor: a change's effect within one process, load falling on both alike.</item>
/// <item><c>--cold ab-edit N [rounds] [dir]</c>: the same for warm edits: a one-value edit and a C#-only edit, each
/// build's driver warm, every run an edit.</item>
/// </list>
/// </summary>
internal static class ColdProfile
{
    public static void Run(string[] args)
    {
        string mode = args[0];
        int facts = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var corpus = SyntheticCorpus.Generate(facts);
        var input = new CorpusCompilation(corpus);
        switch (mode)
        {
            case "series":
                Series(corpus, input, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15);
                break;
            case "steps":
                Steps(input);
                break;
            case "loop":
                Loop(input, args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 30);
                break;
            case "edit-loop":
                EditLoop(input, args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 30);
                break;
            case "edit-ratio":
                EditRatio(corpus, input, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000,
                    args.Length > 3 ? args[3] : "/tmp/fm-baseline");
                break;
            case "alloc":
                Allocations(corpus, input);
                break;
            case "ab":
                AgainstBaseline(corpus, input, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7,
                    args.Length > 3 ? args[3] : "/tmp/fm-baseline", args.Length > 4 ? args[4] : null);
                break;
            case "ab-edit":
                EditsAgainstBaseline(corpus, input, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 41,
                    args.Length > 3 ? args[3] : "/tmp/fm-baseline");
                break;
            default:
                throw new ArgumentException($"unknown mode '{mode}': series, steps, loop, edit-loop, edit-ratio, alloc, ab or ab-edit");
        }
    }

    private static string Line(Sample s) => string.Create(CultureInfo.InvariantCulture, $"{s.Milliseconds,7:0} ms (cpu {s.CpuMilliseconds,6:0}) {s.Bytes / 1048576.0,7:0.0} MB");

    private static void Series(SyntheticCorpus corpus, CorpusCompilation input, int rounds)
    {
        Console.WriteLine($"server GC {System.Runtime.GCSettings.IsServerGC}, latency {System.Runtime.GCSettings.LatencyMode}; round 0 is --ratios' warm-up, then its 5 timed rounds, then more");
        Console.WriteLine("round | floor: wall, cpu, allocated, GC pause | cold: the same | cold/floor wall, cpu");
        for (int i = 0; i < rounds; i++)
        {
            // The order --ratios uses after its warm-up: floor first on even rounds, cold first on odd ones.
            (Sample Sample, double Pause) f, c;
            if (i % 2 == 0) { f = Paused(() => Floor(corpus)); c = Paused(() => Cold(input)); }
            else { c = Paused(() => Cold(input)); f = Paused(() => Floor(corpus)); }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i,3} | {Line(f.Sample)} GC {f.Pause,4:0} ms | {Line(c.Sample)} GC {c.Pause,4:0} ms | {c.Sample.Milliseconds / f.Sample.Milliseconds,5:0.00}x | {c.Sample.CpuMilliseconds / f.Sample.CpuMilliseconds,5:0.00}x"));
        }
    }

    /// <summary>A run, and the time the garbage collector paused the process during it.</summary>
    private static (Sample Sample, double Pause) Paused(Action action)
    {
        var pause = GC.GetTotalPauseDuration();
        var sample = Measure.Run(action);
        return (sample, (GC.GetTotalPauseDuration() - pause).TotalMilliseconds);
    }

    private static void Steps(CorpusCompilation input)
    {
        for (int i = 0; i < 3; i++) Cold(input);
        for (int round = 0; round < 3; round++)
        {
            var byStep = new Dictionary<string, double>(StringComparer.Ordinal);
            GeneratorDriver driver = null!;
            var sample = Measure.Run(() => driver = input.CreateDriver(trackSteps: true).RunGenerators(input.Compilation));
            var result = driver.GetRunResult().Results.Single();
            foreach (var (step, runs) in result.TrackedSteps)
                byStep[step] = byStep.GetValueOrDefault(step) + runs.Sum(r => r.ElapsedTime.TotalMilliseconds);
            foreach (var (step, runs) in result.TrackedOutputSteps)
                byStep["output: " + step] = byStep.GetValueOrDefault("output: " + step) + runs.Sum(r => r.ElapsedTime.TotalMilliseconds);
            Console.WriteLine($"cold run with step tracking: {Line(sample)}; generator's own time {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:F0} ms; by step, ms:");
            foreach (var (step, ms) in byStep.OrderByDescending(s => s.Value).Where(s => s.Value >= 0.5))
                Console.WriteLine($"  {step,-40} {ms,8:F1}");
        }
    }

    /// <summary>What a cold run allocates, by type, from the runtime's allocation ticks (one about every 100 KB).</summary>
    private static void Allocations(SyntheticCorpus corpus, CorpusCompilation input)
    {
        var files = corpus.AllFiles.Where(f => f.IsFactFile).ToList();
        var parsed = files.Select(f => FactSetAnalysis.Parse(f.Path, f.Text, FactFileLimits.Default)).ToList();
        AllocationsOf("floor", () => Floor(corpus));
        AllocationsOf("parse", () => { foreach (var f in files) FactSetAnalysis.Parse(f.Path, f.Text, FactFileLimits.Default); });
        AllocationsOf("rules", () => FactSetAnalysis.ValidateConsistency(parsed));
        AllocationsOf("data writer", () =>
        {
            foreach (var file in parsed)
            foreach (var fact in file.Facts) FactModel.Data.FactDataWriter.Write(fact, (_, _) => true);
        });
        AllocationsOf("cold", () => Cold(input));
    }

    private static void AllocationsOf(string what, Action action)
    {
        for (int i = 0; i < 2; i++) action();
        using var listener = new AllocationListener();
        long before = GC.GetTotalAllocatedBytes(true);
        for (int i = 0; i < 5; i++) action();
        double total = (GC.GetTotalAllocatedBytes(true) - before) / 5.0;
        Console.WriteLine($"{what}: {total / 1048576:F1} MB a run; by type (sampled), MB a run:");
        foreach (var (type, bytes) in listener.ByType.OrderByDescending(t => t.Value).Take(what == "cold" ? 60 : 15))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / 5.0 / 1048576,7:0.0}  {type}"));
    }

    private sealed class AllocationListener : System.Diagnostics.Tracing.EventListener
    {
        public Dictionary<string, long> ByType { get; } = new();

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal)) return;
            int t = e.PayloadNames!.IndexOf("TypeName"), a = e.PayloadNames.IndexOf("AllocationAmount64");
            string type = (string)e.Payload![t]!;
            long amount = Convert.ToInt64(e.Payload[a], CultureInfo.InvariantCulture);
            lock (ByType) ByType[type] = ByType.GetValueOrDefault(type) + amount;
        }
    }

    private static void Loop(CorpusCompilation input, double seconds)
    {
        for (int i = 0; i < 3; i++) Cold(input);
        Console.WriteLine($"looping cold runs for {seconds} s, pid {Environment.ProcessId}");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int runs = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            Cold(input);
            runs++;
        }
        Console.WriteLine($"{runs} runs, {watch.Elapsed.TotalMilliseconds / runs:F0} ms a run");
    }

    /// <summary>
    /// A one-value edit of the first fact file (a figure that is no whole: <c>figure-0-1</c>), each run an edit, with
    /// <paramref name="generator"/> (this build's when null).
    /// </summary>
    private static Action ValueEdit(CorpusCompilation input, IIncrementalGenerator? generator)
    {
        var target = input.Texts[0];
        return new WarmEdit(input, target, WarmEdit.OneValue(target.GetText()!.ToString(), "figure-0-1"), generator: generator).Next;
    }

    /// <summary>Warm one-value edits back to back (a figure that is no whole), to attach a profiler to.</summary>
    private static void EditLoop(CorpusCompilation input, double seconds)
    {
        var edit = ValueEdit(input, null);
        for (int i = 0; i < 200; i++) edit();
        Console.WriteLine($"looping value edits for {seconds} s, pid {Environment.ProcessId}");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int runs = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            edit();
            runs++;
        }
        Console.WriteLine($"{runs} edits, {watch.Elapsed.TotalMilliseconds / runs:F3} ms an edit");
    }

    /// <summary>A build of the generator to time: its cold run and its parse of every fact file.</summary>
    private sealed record Build(string Name, Func<GeneratorDriver> Driver, Action Parse, IIncrementalGenerator? Generator = null);

    /// <summary>The build whose FactModel assemblies are in <paramref name="directory"/>, in a load context of its own.</summary>
    private static Build BuildIn(string directory, CorpusCompilation input, List<(string Path, string Text, bool IsFactFile)> files)
    {
        var context = new BaselineContext(directory);
        var generator = GeneratorIn(context);
        var core = context.LoadFromAssemblyName(new AssemblyName("FactModel.Core"));
        var parse = core.GetType("FactModel.Core.FactSetAnalysis")!.GetMethod("Parse")!;
        var limits = core.GetType("FactModel.Core.Yaml.FactFileLimits")!.GetProperty("Default")!.GetValue(null);
        var kinds = core.GetType("FactModel.Core.Kinds.ProjectKinds")!.GetProperty("BuiltIn")!.GetValue(null);
        return new Build(directory,
            () => input.CreateDriver(generator: generator),
            () => { foreach (var f in files) parse.Invoke(null, new object?[] { f.Path, f.Text, limits, CancellationToken.None, kinds }); },
            generator);
    }

    private static IIncrementalGenerator GeneratorIn(AssemblyLoadContext context) =>
        (IIncrementalGenerator)Activator.CreateInstance(context.LoadFromAssemblyName(new AssemblyName("FactModel.Generator"))
            .GetType("FactModel.Generator.FactModelGenerator")!)!;

    /// <summary>
    /// Two builds' cold runs and parses, interleaved with the floor: <paramref name="directory"/>'s against
    /// <paramref name="other"/>'s, or against this build when there is no other (then the two sides are loaded
    /// differently; giving both directories puts both in load contexts of their own alike).
    /// </summary>
    private static void AgainstBaseline(SyntheticCorpus corpus, CorpusCompilation input, int rounds, string directory, string? other)
    {
        var files = corpus.AllFiles.Where(f => f.IsFactFile).ToList();
        var baseline = BuildIn(directory, input, files);
        var build = other is not null ? BuildIn(other, input, files)
            : new Build("this build", () => input.CreateDriver(), () => { foreach (var f in files) FactSetAnalysis.Parse(f.Path, f.Text, FactFileLimits.Default, default, null); });
        Console.WriteLine($"baseline: {baseline.Name}; against: {build.Name}");

        // Same output from both, before anything is timed.
        var ours = build.Driver().RunGenerators(input.Compilation).GetRunResult();
        var theirs = baseline.Driver().RunGenerators(input.Compilation).GetRunResult();
        var ourTexts = ours.GeneratedTrees.Select(t => t.GetText().ToString()).ToList();
        var theirTexts = theirs.GeneratedTrees.Select(t => t.GetText().ToString()).ToList();
        bool same = ourTexts.SequenceEqual(theirTexts) && ours.Diagnostics.Select(d => d.ToString()).SequenceEqual(theirs.Diagnostics.Select(d => d.ToString()));
        Console.WriteLine($"output identical: {same} ({ourTexts.Count} sources, {ourTexts.Sum(t => (long)t.Length):N0} characters, {ours.Diagnostics.Length} diagnostics)");

        var samples = Interleaved(2, rounds,
            () => Floor(corpus),
            () => baseline.Driver().RunGenerators(input.Compilation),
            () => build.Driver().RunGenerators(input.Compilation),
            baseline.Parse,
            build.Parse);
        string[] names = { "floor", "cold, baseline", "cold, against", "parse, baseline", "parse, against" };
        double floor = MedianTime(samples[0]), floorCpu = MedianCpu(samples[0]);
        Console.WriteLine($"{corpus.FactCount:N0} facts, {rounds} interleaved rounds after 2 warm-ups; medians (and min-max of wall time)");
        for (int i = 0; i < names.Length; i++)
        {
            var s = samples[i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {names[i],-18} {MedianTime(s),7:0} ms [{s.Min(x => x.Milliseconds),5:0}-{s.Max(x => x.Milliseconds),5:0}] cpu {MedianCpu(s),6:0} ms  {MedianBytes(s) / 1048576,7:0.0} MB  x floor: {MedianTime(s) / floor,5:0.00} wall, {MedianCpu(s) / floorCpu,5:0.00} cpu"));
        }
    }

    private static void EditsAgainstBaseline(SyntheticCorpus corpus, CorpusCompilation input, int rounds, string directory)
    {
        var files = corpus.AllFiles.Where(f => f.IsFactFile).ToList();
        var baseline = BuildIn(directory, input, files);
        var trees = new[] { input.Compilation.SyntaxTrees.Single(), CorpusCompilation.UserCode("2") };
        Action CSharpEdit(Func<GeneratorDriver> create)
        {
            var compilation = input.Compilation;
            var driver = create().RunGenerators(compilation);
            int count = 0;
            return () =>
            {
                var (from, to) = (trees[count % 2], trees[1 - count % 2]);
                count++;
                compilation = compilation.ReplaceSyntaxTree(from, to);
                driver = driver.RunGenerators(compilation);
            };
        }
        Func<GeneratorDriver> ours = () => input.CreateDriver();
        var samples = Interleaved(20, rounds, ValueEdit(input, baseline.Generator), ValueEdit(input, null), CSharpEdit(baseline.Driver), CSharpEdit(ours));
        string[] names = { "value edit, baseline", "value edit, against", "C# edit, baseline", "C# edit, against" };
        Console.WriteLine($"{corpus.FactCount:N0} facts, baseline {directory} against this build: {rounds} interleaved rounds after 20 warm-ups; medians (and min-max of wall time)");
        for (int i = 0; i < names.Length; i++)
        {
            var s = samples[i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {names[i],-22} {MedianTime(s),7:0.000} ms [{s.Min(x => x.Milliseconds),6:0.00}-{s.Max(x => x.Milliseconds),6:0.00}] cpu {MedianCpu(s),7:0.000} ms  {MedianBytes(s) / 1024,7:0} KB"));
        }
    }

    /// <summary>
    /// One-value edits (a figure that is no whole) at <paramref name="corpus"/>'s size and at five times it, with this
    /// build and with the build in <paramref name="directory"/>: four warm drivers, every run an edit, interleaved, so
    /// that each build's ratio between the sizes comes out of one run on the same machine state.
    /// </summary>
    private static void EditRatio(SyntheticCorpus corpus, CorpusCompilation input, int rounds, string directory)
    {
        var large = new CorpusCompilation(SyntheticCorpus.Generate(corpus.FactCount * 5));
        var baseline = GeneratorIn(new BaselineContext(directory));
        var samples = Interleaved(200, rounds, ValueEdit(input, baseline), ValueEdit(large, baseline), ValueEdit(input, null), ValueEdit(large, null));
        Console.WriteLine($"value edits at {corpus.FactCount:N0} and {corpus.FactCount * 5:N0} facts, baseline {directory} and this build: {rounds} interleaved rounds after 200 warm-ups; medians");
        foreach (var (name, small, big) in new[] { ("baseline", samples[0], samples[1]), ("this build", samples[2], samples[3]) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-11} {MedianTime(small),7:0.000} ms / {MedianTime(big),7:0.000} ms = {MedianTime(big) / MedianTime(small),5:0.00}x (cpu {MedianCpu(big) / MedianCpu(small),5:0.00}x; {MedianBytes(small) / 1024,6:0} / {MedianBytes(big) / 1024,6:0} KB)"));
        }
    }

    public static GeneratorDriver Cold(CorpusCompilation input) => input.CreateDriver().RunGenerators(input.Compilation);

    /// <summary>Another build's FactModel assemblies; everything else (Roslyn, YamlDotNet, the framework) from the default context.</summary>
    private sealed class BaselineContext : AssemblyLoadContext
    {
        private readonly string _directory;

        public BaselineContext(string directory) : base("baseline") => _directory = directory;

        protected override Assembly? Load(AssemblyName name)
        {
            string path = Path.Combine(_directory, name.Name + ".dll");
            return name.Name!.StartsWith("FactModel", StringComparison.Ordinal) && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
