using System.Collections.Immutable;
using FactModel.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactModel.Benchmarks;

/// <summary>A corpus as the compiler sees it: AdditionalFiles with FactModel metadata, options and a C# compilation.</summary>
public sealed class CorpusCompilation
{
    public const string ProjectDirectory = "/bench/";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public CorpusCompilation(SyntheticCorpus corpus)
    {
        Corpus = corpus;
        Texts = corpus.AllFiles
            .Select(f => (AdditionalText)new Text(ProjectDirectory + f.Path, f.Text, f.IsFactFile ? "FactFile" : "FactSource"))
            .ToImmutableArray();
        Compilation = CSharpCompilation.Create("Bench", new[] { UserCode("1") }, References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));
    }

    public SyntheticCorpus Corpus { get; }

    public ImmutableArray<AdditionalText> Texts { get; }

    public CSharpCompilation Compilation { get; }

    public static MetadataReference[] References { get; } =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Fact).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();

    public static SyntaxTree UserCode(string value) =>
        CSharpSyntaxTree.ParseText($"namespace User {{ public static class Program {{ public static int X => {value}; }} }}", ParseOptions, "Program.cs");

    /// <summary>
    /// A driver with step tracking off, as in a real build (on only to see where time goes); of this build's generator,
    /// or of <paramref name="generator"/> (another build's, <c>--cold ab</c>); with the generated files directory a build
    /// passes (<c>FactModelGeneratedFilesPath</c>, which gives the properties their <c>#line</c>) when one is given.
    /// </summary>
    public GeneratorDriver CreateDriver(bool trackSteps = false, IIncrementalGenerator? generator = null, string? generatedFilesPath = null) =>
        CSharpGeneratorDriver.Create(new[] { (generator ?? new FactModelGenerator()).AsSourceGenerator() }, Texts, ParseOptions, new OptionsProvider(generatedFilesPath),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static AdditionalText Replace(AdditionalText text, string content) => new Text(text.Path, content, ((Text)text).Kind);

    private sealed class Text : AdditionalText
    {
        private readonly SourceText _text;

        public Text(string path, string text, string kind)
        {
            Path = path;
            Kind = kind;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public string Kind { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(string? generatedFilesPath) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Bench",
            ["build_property.ProjectDir"] = ProjectDirectory,
            ["build_property.FactModelGeneratedFilesPath"] = generatedFilesPath ?? "",
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FactModelKind"] = ((Text)textFile).Kind });
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
