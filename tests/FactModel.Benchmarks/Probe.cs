using System.Diagnostics;
using FactModel.Core.Model;
using FactModel.Core.Parsing;
using FactModel.Validation;
using YamlDotNet.Core;

namespace FactModel.Benchmarks;

/// <summary>A quick breakdown of a cold run's stages (<c>--probe</c>), to see where time goes before benchmarking.</summary>
internal static class Probe
{
    public static void Run(int facts = 10_000)
    {
        var corpus = SyntheticCorpus.Generate(facts);
        for (int round = 0; round < 4; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var f in corpus.Files)
            {
                var parser = new Parser(new StringReader(f.Yaml));
                while (parser.MoveNext()) { }
            }
            double floor = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var parsed = corpus.Files.Select(f => FactFileParser.Parse(f.Path, f.Yaml)).ToList();
            double parse = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var documents = corpus.Files.Select(f => SourceDocument.FromText(Path.GetFileNameWithoutExtension(f.DocumentPath), f.DocumentPath, f.Document)).ToList();
            double docs = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var directory = FactDirectory.Build(parsed);
            double dir = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var diagnostics = FactSetValidator.ValidateConsistency(parsed);
            double validate = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            foreach (var file in parsed) diagnostics.AddRange(SourceValidator.Validate(file, documents));
            double sources = watch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"floor {floor:F0} ms | parse {parse:F0} | documents {docs:F0} | directory {dir:F0} | consistency {validate:F0} | sources {sources:F0} ({diagnostics.Count} diagnostics)");
        }

        // The compile: generate, then Emit, as the compiler would.
        var input = new CorpusCompilation(corpus);
        var clock = Stopwatch.StartNew();
        input.CreateDriver().RunGeneratorsAndUpdateCompilation(input.Compilation, out var generated, out _);
        double generate = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        generated.Emit(Stream.Null);
        double coldEmit = clock.Elapsed.TotalMilliseconds;
        // A second Emit of a fresh compilation: the compiler warm, as in the compiler server of a real build.
        generated = generated.RemoveAllSyntaxTrees().AddSyntaxTrees(generated.SyntaxTrees);
        clock.Restart();
        using var stream = new MemoryStream();
        var result = generated.Emit(stream);
        Console.WriteLine($"generate {generate:F0} ms | emit cold {coldEmit:F0} ms, warm {clock.Elapsed.TotalMilliseconds:F0} ms, {stream.Length:N0} bytes, success {result.Success}, "
            + string.Join(", ", result.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).GroupBy(d => d.Id).Select(g => $"{g.Count()} {g.Key}")));
        FirstAccess(stream.ToArray());
        long literalChars = corpus.Files.Sum(f => (long)f.Yaml.Length);
        Console.WriteLine($"{corpus.FactCount:N0} facts, {literalChars:N0} characters of YAML");
    }

    /// <summary>First access to the compiled model, by stage: loading the assembly, building the facts (the catalog's static constructor), indexing them.</summary>
    private static void FirstAccess(byte[] assembly)
    {
        for (int round = 0; round < 5; round++)
        {
            var clock = Stopwatch.StartNew();
            var context = new System.Runtime.Loader.AssemblyLoadContext("probe-" + round, isCollectible: false);
            var catalog = context.LoadFromStream(new MemoryStream(assembly)).GetType("Bench.Facts.FactCatalog")!;
            double load = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(catalog.TypeHandle);
            double build = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            int count = ((IReadOnlyList<Fact>)catalog.GetProperty("All")!.GetValue(null)!).Count;
            Console.WriteLine($"first access: load {load:F1} ms | build facts {build:F1} ms | index {clock.Elapsed.TotalMilliseconds:F1} ms ({count:N0} facts)");
        }
    }
}
