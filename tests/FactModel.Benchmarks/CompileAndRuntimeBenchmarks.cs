using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FactModel.Benchmarks;

/// <summary>What the generated code costs the compiler: Emit of the generated sources with the runtime library.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class EmitBenchmarks
{
    private Compilation _generated = null!;

    [ParamsSource(nameof(Sizes))]
    public int Facts { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Emit;

    [GlobalSetup]
    public void Setup()
    {
        var input = new CorpusCompilation(SyntheticCorpus.Generate(Facts));
        input.CreateDriver().RunGeneratorsAndUpdateCompilation(input.Compilation, out _generated, out var diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("\n", diagnostics.Take(5)));
    }

    [Benchmark(Description = "Emit generated code")]
    public long Emit()
    {
        using var stream = new MemoryStream();
        var result = _generated.Emit(stream);
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
        return stream.Length;
    }
}

/// <summary>
/// The generated model at run time: first access to the whole model (load, JIT and construction of every fact), and
/// lookups by id, against the baseline a user would otherwise write: loading the same YAML with YamlDotNet's
/// Deserializer at run time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class RuntimeBenchmarks
{
    private byte[] _assembly = null!;
    private SyntheticCorpus _corpus = null!;
    private Func<string, bool> _tryGet = null!;
    private string[] _ids = null!;
    private int _next;

    [ParamsSource(nameof(Sizes))]
    public int Facts { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Runtime;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = SyntheticCorpus.Generate(Facts);
        var input = new CorpusCompilation(_corpus);
        input.CreateDriver().RunGeneratorsAndUpdateCompilation(input.Compilation, out var generated, out _);
        using var stream = new MemoryStream();
        generated.Emit(stream);
        _assembly = stream.ToArray();

        var catalog = LoadCatalog();
        var tryGet = catalog.GetMethod("TryGet")!;
        _tryGet = id => (bool)tryGet.Invoke(null, new object?[] { id, null })!;
        _ids = ((IReadOnlyList<Fact>)catalog.GetProperty("All")!.GetValue(null)!).Select(f => f.Id).ToArray();
        var direct = (IReadOnlyList<Fact>)catalog.GetProperty("All")!.GetValue(null)!;
        _index = new FactIndex<Fact>(direct.ToArray());
    }

    private FactIndex<Fact> _index = null!;

    [Benchmark(Baseline = true, Description = "Runtime YAML load (Deserializer)")]
    public int DeserializeYaml()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        int count = 0;
        foreach (var file in _corpus.Files)
        {
            var model = deserializer.Deserialize<YamlFile>(file.Yaml);
            count += model.Actors.Count + model.Places.Count + model.Events.Count + model.Figures.Count;
        }
        return count;
    }

    /// <summary>Loads the model and reads every fact, as the YAML baseline deserializes every fact.</summary>
    [Benchmark(Description = "First access to the generated model")]
    public int FirstAccess()
    {
        int length = 0;
        foreach (var fact in (IReadOnlyList<Fact>)LoadCatalog().GetProperty("All")!.GetValue(null)!) length += fact.DisplayName.Length;
        return length;
    }

    [Benchmark(Description = "FactCatalog.TryGet by id")]
    public bool TryGet() => _index.TryGet(_ids[_next++ % _ids.Length], out _);

    // A fresh, non-collectible load context each time, as an application loads its model once: collectible contexts
    // make static constructors several times slower, which no application would see. Each copy stays loaded.
    private Type LoadCatalog()
    {
        var context = new AssemblyLoadContext("model-" + Guid.NewGuid().ToString("N"), isCollectible: false);
        return context.LoadFromStream(new MemoryStream(_assembly)).GetType("Bench.Facts.FactCatalog")!;
    }

    /// <summary>The classes a user would write to deserialize fact files.</summary>
    public sealed class YamlFile
    {
        public List<Dictionary<string, object>> Actors { get; set; } = new();
        public List<Dictionary<string, object>> Places { get; set; } = new();
        public List<Dictionary<string, object>> Events { get; set; } = new();
        public List<Dictionary<string, object>> Figures { get; set; } = new();
    }
}
