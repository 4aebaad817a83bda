using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FactModel.Benchmarks;

/// <summary>
/// Runs the benchmarks in process (the generator and its dependencies are already loaded here).
/// <c>--quick</c> measures 1k and 10k facts with short runs; without it, 1k, 10k and 50k with full runs.
/// Other arguments go to BenchmarkDotNet (<c>--filter *Emit*</c>). <c>--probe</c> prints a rough breakdown of a cold
/// run by stage (<c>--probe N --kinds</c>: of the corpus with declared kinds), <c>--probe-edit</c> of a warm one-value edit by generator step; <c>--ratios [sizes]</c> the targets
/// as ratios within one run in a few minutes (CI prints it); <c>--edit-steps [sizes] [--no-tracking]</c> what a true one-value edit re-runs
/// (step by step, with run reasons) and what it and a C#-only edit cost, with the driver's node tables; <c>--kinds [sizes] [--samples] [--calibrate]</c> a corpus with a
/// quarter of its facts of declared kinds against the built-in one (cold, edit, Emit; with every run's figures; or
/// the built-in corpus against a copy of itself, to see the noise); <c>--write-corpus DIR N [--kinds]</c> writes N synthetic
/// facts as facts/ and seeds/ under DIR (with declared kinds); <c>--misquotes</c> times the search for the closest passage of 1,000 misquotes in a 1 MB document; <c>--emit-variants [N] [rounds] [--no-pdb] [--only "a|b"]</c>
/// what each per-fact line of the generated code costs Emit; <c>--output-groups [sizes] [--groups 8,16,32,64,128] [--steps 1,39] [--runs 41]</c> what Roslyn's driver
/// costs a C#-only and a one-file edit with one source per fact file against one per group of files (stand-in generators);
/// <c>--retained [sizes]</c> the memory a warm driver holds between runs; <c>--fresh-first-access [N] [rounds]</c> first
/// access to the whole model against the YAML load, each side in a process of its own (nothing compiled by the JIT yet).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length >= 1 && args[0] == "--probe")
        {
            Probe.Run(args.Length > 1 && args[1] != "--kinds" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000, declaredKinds: args.Contains("--kinds"));
            return;
        }
        if (args.Length >= 2 && args[0] == "--cold")
        {
            ColdProfile.Run(args.Skip(1).ToArray());
            return;
        }
        if (args.Length >= 1 && args[0] == "--probe-edit")
        {
            Probe.Edit(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
            return;
        }
        if (args.Length >= 1 && args[0] == "--ratios")
        {
            var sizes = args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            QuickRatios.Run(sizes.Length > 0 ? sizes : new[] { 10_000, 50_000 });
            return;
        }
        if (args.Length >= 1 && args[0] == "--retained")
        {
            var sizes = args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            RetainedMemory.Run(sizes.Length > 0 ? sizes : new[] { 10_000, 50_000 });
            return;
        }
        if (args.Length >= 1 && args[0] == "--edit-steps")
        {
            var sizes = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            EditSteps.Run(sizes.Length > 0 ? sizes : new[] { 10_000, 50_000 }, tracking: !args.Contains("--no-tracking"));
            return;
        }
        if (args.Length >= 1 && args[0] == "--kinds")
        {
            var sizes = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            DeclaredKindsRatios.Run(sizes.Length > 0 ? sizes : new[] { 10_000 }, samples: args.Contains("--samples"), calibrate: args.Contains("--calibrate"));
            return;
        }
        if (args.Length == 3 && args[0] == "--fresh-child")
        {
            FreshProcessFirstAccess.Child(args[1], args[2]);
            return;
        }
        if (args.Length >= 1 && args[0] == "--fresh-first-access")
        {
            FreshProcessFirstAccess.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50_000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 9);
            return;
        }
        if (args.Length >= 1 && args[0] == "--first-access")
        {
            // --profile: many rounds without the YAML load, for a sampling profiler.
            bool profile = args.Contains("--profile");
            FirstAccessProbe.Run(args.Length > 1 && args[1] != "--profile" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000,
                rounds: profile ? 100 : 30, yaml: !profile);
            return;
        }
        if (args.Length >= 1 && args[0] == "--output-groups")
        {
            OutputGroups.Run(args.Skip(1).ToArray());
            return;
        }
        if (args.Length == 1 && args[0] == "--misquotes")
        {
            Misquotes.Run();
            return;
        }
        if (args.Length >= 1 && args[0] == "--emit-variants")
        {
            var numbers = args.Skip(1).Where(a => a.Length > 0 && char.IsAsciiDigit(a[0])).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            int only = Array.IndexOf(args, "--only");
            EmitVariants.Run(numbers.Length > 0 ? numbers[0] : 10_000, numbers.Length > 1 ? numbers[1] : 5, pdb: !args.Contains("--no-pdb"),
                only: only >= 0 && only + 1 < args.Length ? args[only + 1].Split('|') : null);
            return;
        }
        if (args.Length is 3 or 4 && args[0] == "--write-corpus" && (args.Length == 3 || args[3] == "--kinds"))
        {
            WriteCorpus(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), declaredKinds: args.Length == 4);
            return;
        }
        bool quick = args.Contains("--quick");
        BenchmarkSizes.Quick = quick;
        // In process, with a timeout that a loaded 2-core machine does not hit on nanosecond benchmarks (the default is 5 minutes).
        var job = (quick ? Job.ShortRun : Job.Default).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true));
        var config = DefaultConfig.Instance.AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--quick").ToArray(), config);
    }

    /// <summary>Writes a corpus's facts/ and seeds/ into <paramref name="directory"/>, for measuring a real dotnet build.</summary>
    private static void WriteCorpus(string directory, int facts, bool declaredKinds)
    {
        var corpus = SyntheticCorpus.Generate(facts, declaredKinds: declaredKinds);
        foreach (var (path, text, _) in corpus.AllFiles)
        {
            string full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        Console.WriteLine($"{corpus.FactCount:N0} facts in {corpus.AllFiles.Count(f => f.IsFactFile)} files ({corpus.YamlLength:N0} characters of YAML) written to {directory}");
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
