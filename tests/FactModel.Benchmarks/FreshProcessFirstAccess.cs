using System.Diagnostics;
using System.Globalization;
using System.Reflection;

using static FactModel.Benchmarks.Measure;

namespace FactModel.Benchmarks;

/// <summary>
/// <c>--fresh-first-access [N] [rounds]</c>: first access to the whole model against loading the same YAML, each in a
/// process of its own, as an application's first access is: nothing of either library compiled by the JIT yet, and
/// the garbage collector in its starting state. The model is compiled once, untimed; each round starts a process for
/// each side, alternately, and each process times its side alone (after its own start, and for the YAML after making
/// the corpus), and prints the milliseconds.
/// </summary>
internal static class FreshProcessFirstAccess
{
    public static void Run(int size, int rounds)
    {
        var corpus = SyntheticCorpus.Generate(size);
        string path = Path.Combine(Path.GetTempPath(), $"factmodel-fresh-{Environment.ProcessId}-{size}.dll");
        File.WriteAllBytes(path, Emit(Generate(new CorpusCompilation(corpus), out _)));
        try
        {
            var all = new List<double>();
            var yaml = new List<double>();
            string? compiled = null;
            for (int round = 0; round < rounds; round++)
            {
                bool allFirst = round % 2 == 0;
                if (allFirst) all.Add(RunChild("all", path, out compiled));
                yaml.Add(RunChild("yaml", size.ToString(CultureInfo.InvariantCulture), out _));
                if (!allFirst) all.Add(RunChild("all", path, out compiled));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,8} facts, each side in a fresh process: the whole model {Median(all),6:0.0} ms (by round {string.Join(" ", all.Select(a => a.ToString("0", CultureInfo.InvariantCulture)))}), YAML {Median(yaml),6:0} ms, YAML/all {Median(yaml) / Median(all),5:0.0}x (by round {string.Join(" ", yaml.Zip(all, (y, a) => (y / a).ToString("0.0", CultureInfo.InvariantCulture)))})"));
            Console.WriteLine($"  the whole model's last process: {compiled}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static double RunChild(string side, string argument, out string? detail)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, new[] { typeof(Program).Assembly.Location, "--fresh-child", side, argument })
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        detail = error.Result.Trim();
        return double.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>The child's side: the whole model (every fact's display name) from the assembly at <paramref name="argument"/>, or the YAML of that many facts.</summary>
    public static void Child(string side, string argument)
    {
        double ms;
        if (side == "all")
        {
            var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            long methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            var clock = Stopwatch.StartNew();
            var all = (IReadOnlyList<Fact>)Assembly.LoadFrom(argument).GetType("Bench.Facts.FactCatalog")!.GetProperty("All")!.GetValue(null)!;
            int length = 0;
            foreach (var fact in all) length += fact.DisplayName.Length;
            ms = clock.Elapsed.TotalMilliseconds;
            GC.KeepAlive(length);
            // What the process spent besides reading: the JIT while timed (and since the process started) and collections.
            Console.Error.WriteLine($"JIT {(System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds:0.0} ms for {System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore} methods while timed "
                + $"({System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0.0} ms, {System.Runtime.JitInfo.GetCompiledMethodCount()} methods since the process started); "
                + $"collections 0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:0.0} ms");
        }
        else
        {
            var corpus = SyntheticCorpus.Generate(int.Parse(argument, CultureInfo.InvariantCulture));
            ms = Time(() => QuickRatios.LoadYaml(corpus));
        }
        Console.WriteLine(ms.ToString("0.000", CultureInfo.InvariantCulture));
    }
}
