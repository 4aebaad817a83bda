using System.Diagnostics;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

using static FactModel.Benchmarks.Measure;

namespace FactModel.Benchmarks;

/// <summary>
/// <c>--ratios</c>: the performance targets as ratios measured within one run, in a few minutes, for CI's log. Each
/// figure is the median of several runs, and the runs of a figure and of what it is compared with are interleaved
/// (floor, cold, floor, cold...), so that load from other jobs falls on both sides of a ratio alike. It reports; it
/// never fails on time (timed tests on a shared machine only measure the neighbours). BenchmarkDotNet's runs
/// (docs/performance.md) remain the reference figures. Last, the ratios of the corpus with a quarter of its facts of
/// declared kinds against the built-in one at the smallest size (<see cref="DeclaredKindsRatios"/>, with fewer runs).
/// </summary>
public static class QuickRatios
{
    public static void Run(IReadOnlyList<int> sizes)
    {
        var total = Stopwatch.StartNew();
        Console.WriteLine("FactModel quick benchmark: medians, ratios within one run (report only; never fails on time)");
        Console.WriteLine($"{"facts",8} | {"floor",8} | {"cold",8} | {"cold/floor",10} | {"value edit",10} | {"C# edit",8} | {"Emit",7} | {"first access",12} | {"YAML load",9} | {"load/access",11}");
        foreach (int size in sizes) MeasureSize(size);
        // A corpus with a quarter of its facts of declared kinds against the built-in one, at the smallest size.
        DeclaredKindsRatios.PrintQuick(sizes.Min());
        Console.WriteLine("targets (issue 'Performance, second round'): cold/floor <= 2.0 (goal 1.5); value edit <= 10 ms at 50k and <= 2x its 10k time;");
        Console.WriteLine("  C# edit <= 0.5 ms at 10k and <= 1 ms at 50k; Emit <= 3 s at 10k, <= 10 s at 50k; load/access >= 20;");
        Console.WriteLine("  (issue 'Your own kinds') declared kinds / built-in <= 1.20 for cold, value edit and Emit");
        Console.WriteLine($"quick benchmark took {total.Elapsed.TotalSeconds:0} s");
    }

    private static void MeasureSize(int size)
    {
        var corpus = SyntheticCorpus.Generate(size);
        var input = new CorpusCompilation(corpus);

        // Cold against the floor, interleaved, after one of each to warm the JIT.
        var cold = Interleaved(1, 5, () => Floor(corpus), () => input.CreateDriver().RunGenerators(input.Compilation));

        // Warm edits, each run an edit (alternating between two versions).
        var target = input.Texts[0];
        var valueEdit = new WarmEdit(input, target, target.GetText()!.ToString().Replace("value: ", "value: 1", StringComparison.Ordinal));
        var valueEdits = Interleaved(0, 21, valueEdit.Next)[0];
        var warm = valueEdit.Driver;
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
        var generated = Generate(input, out _);
        byte[] assembly = null!;
        double emit = Time(() => assembly = Emit(generated));
        var access = Interleaved(0, 3, () => FirstAccess(assembly), () => LoadYaml(corpus));

        double f = MedianTime(cold[0]), c = MedianTime(cold[1]), a = MedianTime(access[0]), l = MedianTime(access[1]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size,8} | {f,5:0} ms | {c,5:0} ms | {c / f,9:0.00}x | {MedianTime(valueEdits),7:0.00} ms | {Median(csharpEdit),5:0.00} ms | {emit / 1000,5:0.0} s | {a,9:0.0} ms | {l,6:0} ms | {l / a,10:0.0}x"));
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
        int length = 0;
        foreach (var fact in LoadAll(assembly)) length += fact.DisplayName.Length;
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
}
