using System.Diagnostics;
using System.Reflection;
using System.Runtime;
using System.Runtime.CompilerServices;

using static FactModel.Benchmarks.Measure;

namespace FactModel.Benchmarks;

/// <summary>
/// <c>--first-access [N] [--profile]</c>: where the first access to a whole generated model goes, by stage, round after
/// round in fresh load contexts (the JIT's tiering of the runtime library shows as the rounds go on), against the same
/// YAML loaded at run time; with what the round's thread spent itself (its CPU time, of which the JIT's), and the
/// garbage collections it caused. The model is compiled once, untimed. <c>--profile</c>: 100 rounds without the YAML
/// load, to run under a sampling profiler (<c>dotnet-trace collect --profile dotnet-sampled-thread-time</c>).
/// </summary>
internal static class FirstAccessProbe
{
    public static void Run(int size, int rounds = 30, bool yaml = true)
    {
        var corpus = SyntheticCorpus.Generate(size);
        var generated = Generate(new CorpusCompilation(corpus), out _);
        string path = Path.Combine(Path.GetTempPath(), $"factmodel-first-access-{Environment.ProcessId}.dll");
        File.WriteAllBytes(path, Emit(generated));
        try
        {
            Console.WriteLine($"{size:N0} facts: first access in a fresh load context, by stage (ms): load the assembly, the catalog's static constructor, All, every fact's DisplayName; then (not in the total nor the rest of the line) every fact's sources, which its rest holds");
            Console.WriteLine($"{"round",5} | {"load",6} | {"cctor",6} | {"All",6} | {"names",6} | {"total",6} | {"YAML",6} | {"YAML/total",10} | {"allocated",9} | {"thread CPU",10} | {"of it JIT (cctor's: time, methods/IL)",19} | {"GCs 0/1/2, paused",18} | {"rests",6}");
            for (int round = 0; round < rounds; round++) Console.WriteLine(Round(path, round, yaml ? corpus : null));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Round(string path, int round, SyntheticCorpus? yaml)
    {
        // Each side from a clean heap (Measure.InterleavedFromCleanHeap): not in the middle of the background
        // collection the round before left behind.
        CollectGarbage();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        int[] collectionsBefore = { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var pausedBefore = GC.GetTotalPauseDuration();
        double cpuBefore = ThreadCpu.Milliseconds();
        var jitBefore = JitInfo.GetCompilationTime(currentThread: true);

        var clock = Stopwatch.StartNew();
        var catalog = new System.Runtime.Loader.AssemblyLoadContext("first-access-" + round, isCollectible: false)
            .LoadFromAssemblyPath(path).GetType("Bench.Facts.FactCatalog")!;
        double load = Lap(clock);
        var jitCctor = JitInfo.GetCompilationTime(currentThread: true);
        long methodsBefore = JitInfo.GetCompiledMethodCount(currentThread: true), ilBefore = JitInfo.GetCompiledILBytes(currentThread: true);
        RuntimeHelpers.RunClassConstructor(catalog.TypeHandle);
        double cctor = Lap(clock);
        jitCctor = JitInfo.GetCompilationTime(currentThread: true) - jitCctor;
        string cctorMethods = $"{JitInfo.GetCompiledMethodCount(currentThread: true) - methodsBefore}m/{(JitInfo.GetCompiledILBytes(currentThread: true) - ilBefore) / 1024.0:0.0}KB";
        var all = (IReadOnlyList<Fact>)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        double getAll = Lap(clock);
        int length = 0;
        foreach (var fact in all) length += fact.DisplayName.Length;
        double names = Lap(clock);

        double total = load + cctor + getAll + names;
        double allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0;
        double cpu = ThreadCpu.Milliseconds() - cpuBefore;
        double jit = (JitInfo.GetCompilationTime(currentThread: true) - jitBefore).TotalMilliseconds;
        string collections = $"{GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]}, "
            + $"{(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:0.0} ms";
        clock.Restart();
        foreach (var fact in all) length += fact.Sources.Count;
        double rests = Lap(clock);
        CollectGarbage();
        double yamlTime = yaml is null ? double.NaN : Time(() => QuickRatios.LoadYaml(yaml));
        return $"{round,5} | {load,6:0.0} | {cctor,6:0.0} | {getAll,6:0.0} | {names,6:0.0} | {total,6:0.0} | {yamlTime,6:0} | {yamlTime / total,9:0.0}x | {allocated,6:0.0} MB | {cpu,7:0.0} ms | {jit,7:0.0} ms ({jitCctor.TotalMilliseconds:0.0}, {cctorMethods}) | {collections,18} | {rests,6:0.0}";
    }

    private static double Lap(Stopwatch clock)
    {
        double elapsed = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return elapsed;
    }
}

/// <summary>The CPU time of the calling thread (Linux): what a stage cost itself, without the time it waited for a core.</summary>
internal static class ThreadCpu
{
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double Milliseconds()
    {
        const int ThreadCpuTime = 3;
        return ClockGetTime(ThreadCpuTime, out var time) == 0 ? time.Seconds * 1000.0 + time.Nanoseconds / 1e6 : double.NaN;
    }
}
