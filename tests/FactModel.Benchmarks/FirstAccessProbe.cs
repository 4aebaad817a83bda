using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;

using static FactModel.Benchmarks.Measure;

namespace FactModel.Benchmarks;

/// <summary>
/// <c>--first-access [N]</c>: where the first access to a whole generated model goes, by stage, round after round in
/// fresh load contexts (so that the JIT's tiering of the runtime library shows as the rounds go on), against the same
/// YAML loaded at run time. The model is compiled once, untimed.
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
            Console.WriteLine($"{size:N0} facts: first access in a fresh load context, by stage (ms), and the YAML load");
            Console.WriteLine($"{"round",5} | {"load",6} | {"cctor",6} | {"All",6} | {"names",6} | {"total",6} | {"YAML",6} | {"YAML/total",10} | {"allocated",9}");
            for (int round = 0; round < rounds; round++)
            {
                var stages = new double[4];
                long before = GC.GetTotalAllocatedBytes(precise: true);
                int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
                var paused = GC.GetTotalPauseDuration();
                double cpuBefore = ThreadCpu.Milliseconds();
                var clock = Stopwatch.StartNew();
                var catalog = new System.Runtime.Loader.AssemblyLoadContext("first-access-" + round, isCollectible: false)
                    .LoadFromAssemblyPath(path).GetType("Bench.Facts.FactCatalog")!;
                stages[0] = Lap(clock);
                RuntimeHelpers.RunClassConstructor(catalog.TypeHandle);
                stages[1] = Lap(clock);
                var all = (IReadOnlyList<Fact>)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
                stages[2] = Lap(clock);
                int length = 0;
                foreach (var fact in all) length += fact.DisplayName.Length;
                stages[3] = Lap(clock);
                long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                double cpu = ThreadCpu.Milliseconds() - cpuBefore;
                string collections = $"GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0.0} ms";
                double total = stages.Sum();
                double yamlTime = yaml ? Time(() => QuickRatios.LoadYamlOf(corpus)) : double.NaN;
                Console.WriteLine($"{round,5} | {stages[0],6:0.0} | {stages[1],6:0.0} | {stages[2],6:0.0} | {stages[3],6:0.0} | {total,6:0.0} | {yamlTime,6:0} | {yamlTime / total,9:0.0}x | {allocated / 1048576.0,6:0.0} MB | thread CPU {cpu,6:0.0} ms | {collections}");
            }
        }
        finally
        {
            File.Delete(path);
        }
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
