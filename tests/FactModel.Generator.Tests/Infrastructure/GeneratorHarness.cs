using System.Collections.Immutable;
using System.Reflection;
using FactModel.Core.Model;
using FactModel.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactModel.Generator.Tests.Infrastructure;

/// <summary>A fact file or source document handed to the generator as an AdditionalFile; <see cref="Unreadable"/> ones throw when read.</summary>
public sealed record InputText(string Path, string Text, string Kind, bool Unreadable = false, IReadOnlyDictionary<string, string>? EditorConfig = null)
{
    public const string ProjectDirectory = "/project/";

    /// <summary>Where the compiler puts generated files, below the project directory, as MSBuild tells the generator by default.</summary>
    public const string GeneratedFilesFolder = "obj/Debug/net10.0/";

    public static InputText Facts(string relativePath, string yaml, string projectDirectory = ProjectDirectory) =>
        new(projectDirectory + relativePath, yaml, "FactFile");

    public static InputText Document(string name, string text) => new(ProjectDirectory + "seeds/" + name + ".txt", text, "FactSource");

    /// <summary>The seed article, as the tests' source document.</summary>
    public static InputText SeedArticle => Document("blinken-arrives-in-israel", File.ReadAllText(RepositoryFiles.Path("seeds/blinken-arrives-in-israel.txt")));
}

/// <summary>
/// Runs <see cref="FactModelGenerator"/> through <see cref="CSharpGeneratorDriver"/> with step tracking, the way the
/// compiler does, and compiles its output against the runtime library.
/// </summary>
public sealed class GeneratorHarness
{
    private GeneratorDriver _driver;
    private CSharpCompilation _compilation;
    private ImmutableArray<AdditionalText> _texts;

    public GeneratorHarness(IEnumerable<InputText> inputs, string userCode = "namespace User { public static class Program { } }",
        IReadOnlyDictionary<string, string>? globalOptions = null, string projectDirectory = InputText.ProjectDirectory,
        LanguageVersion languageVersion = LanguageVersion.Latest, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary,
        IEnumerable<MetadataReference>? references = null, string assemblyName = "Consumer")
    {
        var parseOptions = new CSharpParseOptions(languageVersion);
        var texts = inputs.Select(i => (AdditionalText)new InMemoryAdditionalText(i.Path, i.Text, i.Kind, i.Unreadable, i.EditorConfig)).ToImmutableArray();
        _texts = texts;
        _compilation = CSharpCompilation.Create(assemblyName, new[] { CSharpSyntaxTree.ParseText(userCode, parseOptions, "Program.cs") },
            References.Value.Concat(references ?? Enumerable.Empty<MetadataReference>()), new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));
        _driver = CSharpGeneratorDriver.Create(
            new[] { new FactModelGenerator().AsSourceGenerator() }, texts, parseOptions,
            new OptionsProvider(globalOptions ?? new Dictionary<string, string>(), projectDirectory),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator and returns what it did; a generator that throws fails the test.</summary>
    public GeneratorRunResult Run()
    {
        _driver = _driver.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out _);
        Output = output;
        var result = _driver.GetRunResult().Results.Single();
        result.Exception.ShouldBeNull("the generator threw");
        return result;
    }

    /// <summary>The compilation with the generated sources, after the last <see cref="Run"/>.</summary>
    public Compilation? Output { get; private set; }

    /// <summary>Errors and warnings of compiling the user's code with the generated sources.</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics() =>
        Output!.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>The compiled assembly of the last <see cref="Run"/>, which fails the test if it does not compile.</summary>
    public byte[] EmitImage()
    {
        using var stream = new MemoryStream();
        var emitted = Output!.Emit(stream);
        emitted.Success.ShouldBeTrue(Snapshots.Describe(emitted.Diagnostics));
        return stream.ToArray();
    }

    public void ReplaceText(string path, string text)
    {
        var old = _texts.Single(t => t.Path == path);
        var replacement = new InMemoryAdditionalText(path, text, ((InMemoryAdditionalText)old).Kind);
        _driver = _driver.ReplaceAdditionalText(old, replacement);
        _texts = _texts.Replace(old, replacement);
    }

    public void AddText(InputText input)
    {
        var text = new InMemoryAdditionalText(input.Path, input.Text, input.Kind);
        _driver = _driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(text));
        _texts = _texts.Add(text);
    }

    public void RemoveText(string path)
    {
        var old = _texts.Single(t => t.Path == path);
        _driver = _driver.RemoveAdditionalTexts(ImmutableArray.Create(old));
        _texts = _texts.Remove(old);
    }

    public void ReplaceUserCode(string code)
    {
        var tree = _compilation.SyntaxTrees.Single();
        _compilation = _compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(code, (CSharpParseOptions)tree.Options, "Program.cs"));
    }

    /// <summary>The framework's assemblies and the FactModel runtime library.</summary>
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Fact).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;
        private readonly bool _unreadable;

        public InMemoryAdditionalText(string path, string text, string kind, bool unreadable = false, IReadOnlyDictionary<string, string>? editorConfig = null)
        {
            Path = path;
            Kind = kind;
            _text = SourceText.From(text);
            _unreadable = unreadable;
            EditorConfig = editorConfig ?? new Dictionary<string, string>();
        }

        public override string Path { get; }

        public string Kind { get; }

        /// <summary>What .editorconfig sections matching this file would set.</summary>
        public IReadOnlyDictionary<string, string> EditorConfig { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            _unreadable ? throw new IOException($"The file '{Path}' was deleted while the IDE was reading it.") : _text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public OptionsProvider(IReadOnlyDictionary<string, string> global, string projectDirectory)
        {
            var values = new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Consumer",
                ["build_property.ProjectDir"] = projectDirectory,
                ["build_property.FactModelGeneratedFilesPath"] = projectDirectory + InputText.GeneratedFilesFolder,
            };
            foreach (var pair in global) values["build_property." + pair.Key] = pair.Value;
            _global = new Options(values);
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            var file = (InMemoryAdditionalText)textFile;
            var values = new Dictionary<string, string>(file.EditorConfig) { ["build_metadata.AdditionalFiles.FactModelKind"] = file.Kind };
            return new Options(values);
        }
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
