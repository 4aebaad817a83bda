using System.Diagnostics;
using System.Globalization;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FactModel.Benchmarks;

/// <summary>
/// <c>--ratios</c>: the performance targets as ratios measured within one run, in a few minutes, for CI's log. Each
/// figure is the median of several runs, and the runs of a figure and of what it is compared with are interleaved
/// (floor, cold, floor, cold...), so that load from other jobs falls on both sides of a ratio alike. It reports; it
/// never fails on time (timed tests on a shared machine only measure the neighbours). BenchmarkDotNet's runs
/// (docs/performance.md) remain the reference figures.
/// </summary>
public static class QuickRatios
{
    public static void Run(IReadOnlyList<int> sizes)
    {
        var total = Stopwatch.StartNew();
        Console.WriteLine("FactModel quick benchmark: medians, ratios within one run (report only; never fails on time)");
        Console.WriteLine($"{"facts",8} | {"floor",8} | {"cold",8} | {"cold/floor",10} | {"value edit",10} | {"C# edit",8} | {"Emit",7} | {"first access",12} | {"YAML load",9} | {"load/access",11}");
        foreach (int size in sizes) Measure(size);
        Console.WriteLine("targets (issue 'Performance, second round'): cold/floor <= 2.0 (goal 1.5); value edit <= 10 ms at 50k and <= 2x its 10k time;");
        Console.WriteLine("  C# edit <= 0.5 ms at 10k and <= 1 ms at 50k; Emit <= 3 s at 10k, <= 10 s at 50k; load/access >= 20");
        Console.WriteLine($"quick benchmark took {total.Elapsed.TotalSeconds:0} s");
    }

    private static void Measure(int size)
    {
        var corpus = SyntheticCorpus.Generate(size);
        var input = new CorpusCompilation(corpus);

        // Cold against the floor, interleaved, after one of each to warm the JIT.
        var floor = new List<double>();
        var cold = new List<double>();
        Time(() => Floor(corpus));
        Time(() => input.CreateDriver().RunGenerators(input.Compilation));
        for (int i = 0; i < 5; i++)
        {
            floor.Add(Time(() => Floor(corpus)));
            cold.Add(Time(() => input.CreateDriver().RunGenerators(input.Compilation)));
        }

        // Warm edits, each run an edit (alternating between two versions).
        var warm = input.CreateDriver().RunGenerators(input.Compilation);
        var target = input.Texts[0];
        string yaml = target.GetText()!.ToString();
        var edited = CorpusCompilation.Replace(target, yaml.Replace("value: ", "value: 1", StringComparison.Ordinal));
        var valueEdit = new List<double>();
        for (int i = 0; i < 21; i++)
        {
            var (from, to) = i % 2 == 0 ? (target, edited) : (edited, target);
            valueEdit.Add(Time(() => warm = warm.ReplaceAdditionalText(from, to).RunGenerators(input.Compilation)));
        }
        var compilation = input.Compilation;
        var trees = new[] { compilation.SyntaxTrees.Single(), CorpusCompilation.UserCode("2") };
        var csharpEdit = new List<double>();
        for (int i = 0; i < 21; i++)
        {
            var (from, to) = (trees[i % 2], trees[1 - i % 2]);
            compilation = compilation.ReplaceSyntaxTree(from, to);
            var current = compilation;
            csharpEdit.Add(Time(() => warm = warm.RunGenerators(current)));
        }

        // Emit once, then first access to the whole model against loading the same YAML at run time, interleaved.
        input.CreateDriver().RunGeneratorsAndUpdateCompilation(input.Compilation, out var generated, out _);
        byte[] assembly = null!;
        double emit = Time(() =>
        {
            using var stream = new MemoryStream();
            if (!generated.Emit(stream).Success) throw new InvalidOperationException("the generated model does not compile");
            assembly = stream.ToArray();
        });
        var access = new List<double>();
        var load = new List<double>();
        for (int i = 0; i < 3; i++)
        {
            access.Add(Time(() => FirstAccess(assembly)));
            load.Add(Time(() => LoadYaml(corpus)));
        }

        double f = Median(floor), c = Median(cold), a = Median(access), l = Median(load);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size,8} | {f,5:0} ms | {c,5:0} ms | {c / f,9:0.00}x | {Median(valueEdit),7:0.00} ms | {Median(csharpEdit),5:0.00} ms | {emit / 1000,5:0.0} s | {a,9:0.0} ms | {l,6:0} ms | {l / a,10:0.0}x"));
    }

    private static int Floor(SyntheticCorpus corpus)
    {
        int events = 0;
        foreach (var file in corpus.Files)
        {
            var parser = new Parser(new StringReader(file.Yaml));
            while (parser.MoveNext()) events++;
        }
        return events;
    }

    /// <summary>Loads the model into a fresh context, as an application loads it once, and reads every fact.</summary>
    private static int FirstAccess(byte[] assembly)
    {
        var context = new AssemblyLoadContext("model-" + Guid.NewGuid().ToString("N"), isCollectible: false);
        var catalog = context.LoadFromStream(new MemoryStream(assembly)).GetType("Bench.Facts.FactCatalog")!;
        int length = 0;
        foreach (var fact in (IReadOnlyList<Fact>)catalog.GetProperty("All")!.GetValue(null)!) length += fact.DisplayName.Length;
        return length;
    }

    private static int LoadYaml(SyntheticCorpus corpus)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        int count = 0;
        foreach (var file in corpus.Files)
        {
            var model = deserializer.Deserialize<RuntimeBenchmarks.YamlFile>(file.Yaml);
            count += model.Actors.Count + model.Places.Count + model.Events.Count + model.Figures.Count;
        }
        return count;
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted[sorted.Length / 2];
    }
}
