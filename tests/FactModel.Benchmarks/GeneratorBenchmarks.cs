using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;

namespace FactModel.Benchmarks;

/// <summary>
/// The generator against the floor of reading the same YAML with YamlDotNet's Parser: a cold run, and warm runs after
/// a one-value edit, a comment edit and a C#-only edit (each warm operation alternates between two versions, so every
/// invocation is an edit).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CorpusCompilation _input = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText[] _valueEdit = null!;
    private AdditionalText[] _commentEdit = null!;
    private SyntaxTree[] _csharpEdit = null!;
    private Compilation _compilation = null!;
    private int _toggle;

    [ParamsSource(nameof(Sizes))]
    public int Facts { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Generator;

    [GlobalSetup]
    public void Setup()
    {
        _input = new CorpusCompilation(SyntheticCorpus.Generate(Facts));
        _warm = _input.CreateDriver().RunGenerators(_input.Compilation);
        var target = _input.Texts[0];
        string yaml = target.GetText()!.ToString();
        _valueEdit = new[] { target, CorpusCompilation.Replace(target, yaml.Replace("value: ", "value: 1", StringComparison.Ordinal)) };
        _commentEdit = new[] { target, CorpusCompilation.Replace(target, yaml.Replace("\nplaces:\n", "\nplaces: # edited\n", StringComparison.Ordinal)) };
        _csharpEdit = new[] { _input.Compilation.SyntaxTrees.Single(), CorpusCompilation.UserCode("2") };
        _compilation = _input.Compilation;
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet Parser (floor)")]
    public int ParserFloor()
    {
        int events = 0;
        foreach (var file in _input.Corpus.Files)
        {
            var parser = new Parser(new StringReader(file.Yaml));
            while (parser.MoveNext()) events++;
        }
        return events;
    }

    [Benchmark(Description = "Generator, cold")]
    public GeneratorDriver Cold() => _input.CreateDriver().RunGenerators(_input.Compilation);

    [Benchmark(Description = "Generator, warm: one-value edit")]
    public GeneratorDriver OneValueEdit() => Edit(_valueEdit);

    [Benchmark(Description = "Generator, warm: comment edit")]
    public GeneratorDriver CommentEdit() => Edit(_commentEdit);

    [Benchmark(Description = "Generator, warm: C# edit")]
    public GeneratorDriver CSharpEdit()
    {
        var (from, to) = Next(_csharpEdit);
        _compilation = _compilation.ReplaceSyntaxTree(from, to);
        return _warm = _warm.RunGenerators(_compilation);
    }

    private GeneratorDriver Edit(AdditionalText[] versions)
    {
        var (from, to) = Next(versions);
        _warm = _warm.ReplaceAdditionalText(from, to).RunGenerators(_input.Compilation);
        return _warm;
    }

    private (T From, T To) Next<T>(T[] versions)
    {
        int from = _toggle % 2;
        _toggle++;
        return (versions[from], versions[1 - from]);
    }
}
