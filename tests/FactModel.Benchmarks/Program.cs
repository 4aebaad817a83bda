using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FactModel.Benchmarks;

/// <summary>
/// Runs the benchmarks in process (the generator and its dependencies are already loaded here).
/// <c>--quick</c> measures 1k and 10k facts with short runs; without it, 1k, 10k and 50k with full runs.
/// Other arguments go to BenchmarkDotNet (<c>--filter *Emit*</c>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Contains("--probe"))
        {
            Probe.Run();
            return;
        }
        bool quick = args.Contains("--quick");
        BenchmarkSizes.Quick = quick;
        var job = (quick ? Job.ShortRun : Job.Default).WithToolchain(InProcessEmitToolchain.Instance);
        var config = DefaultConfig.Instance.AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--quick").ToArray(), config);
    }
}

/// <summary>The corpus sizes each benchmark class measures.</summary>
public static class BenchmarkSizes
{
    public static bool Quick { get; set; }

    public static IEnumerable<int> Generator => Quick ? new[] { 1_000, 10_000 } : new[] { 1_000, 10_000, 50_000 };

    public static IEnumerable<int> Emit => Quick ? new[] { 10_000 } : new[] { 10_000, 50_000 };

    public static IEnumerable<int> Runtime => new[] { 10_000 };
}
