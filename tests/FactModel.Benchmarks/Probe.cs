using System.Diagnostics;
using FactModel.Core.Model;
using FactModel.Core.Parsing;
using FactModel.Validation;
using YamlDotNet.Core;

namespace FactModel.Benchmarks;

/// <summary>A quick breakdown of a cold run's stages (<c>--probe</c>), to see where time goes before benchmarking.</summary>
internal static class Probe
{
    public static void Run()
    {
        var corpus = SyntheticCorpus.Generate(10_000);
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
            var diagnostics = FactSetValidator.Validate(parsed, documents);
            double validate = watch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"floor {floor:F0} ms | parse {parse:F0} | documents {docs:F0} | directory {dir:F0} | validate {validate:F0} ({diagnostics.Count} diagnostics)");
        }
    }
}
