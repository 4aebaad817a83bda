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
        // Run as this process runs: through the host (dotnet FactModel.Benchmarks.dll) or its own launcher (dotnet run).
        string host = Environment.ProcessPath!;
        string[] arguments = Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new[] { typeof(Program).Assembly.Location, "--fresh-child", side, argument }
            : new[] { "--fresh-child", side, argument };
        var start = new ProcessStartInfo(host, arguments)
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

    /// <summary>
    /// The model's side, timed: in a method of its own, as an application's loop is. Its loop runs 50,000 times, so the
    /// JIT compiles it again, optimized, while it runs (on-stack replacement); in the middle of Child, whose reporting
    /// made it large, that took 10 ms of the 60 timed.
    /// </summary>
    private static int ReadEveryName(string path)
    {
        int length = 0;
        foreach (var fact in (IReadOnlyList<Fact>)Assembly.LoadFrom(path).GetType("Bench.Facts.FactCatalog")!.GetProperty("All")!.GetValue(null)!)
            length += fact.DisplayName.Length;
        return length;
    }

    /// <summary>The child's side: the whole model (every fact's display name) from the assembly at <paramref name="argument"/>, or the YAML of that many facts.</summary>
    public static void Child(string side, string argument)
    {
        double ms;
        if (side == "all")
        {
            var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            long methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            long bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
            ms = Time(() => ReadEveryName(argument));
            // What the process spent besides reading: the JIT while timed (and since the process started), what it
            // allocated, and collections.
            Console.Error.WriteLine($"JIT {(System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds:0.0} ms for {System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore} methods while timed "
                + $"({System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0.0} ms, {System.Runtime.JitInfo.GetCompiledMethodCount()} methods since the process started); "
                + $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - bytesBefore) / 1048576.0:0.0} MB while timed; "
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
