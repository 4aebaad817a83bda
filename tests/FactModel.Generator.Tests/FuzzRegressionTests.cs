using FactModel.Core.Parsing;
using FactModel.Generator.Tests.Infrastructure;
using FactModel.Specs;
using FactModel.Validation;
using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Tests;

/// <summary>
/// Every input in Inputs/Fuzz: the fuzzing harness's seed corpus (seed-*) and each input that once crashed it
/// (crash-*; docs/fuzzing.md). Each is run as the harness runs it, parsed and validated beside the companion file
/// and the source document of tests/FactModel.Fuzz/context/, and through the generator, which must not throw, must
/// not report an internal error (FM9001, an exception it caught) and must emit code that compiles.
/// </summary>
public class FuzzRegressionTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Inputs", "Fuzz");

    private static readonly string CompanionText = File.ReadAllText(RepositoryFiles.Path("tests/FactModel.Fuzz/context/companion.yaml"));

    private static readonly string DocumentText = File.ReadAllText(RepositoryFiles.Path("tests/FactModel.Fuzz/context/article.txt"));

    /// <summary>The file names of Inputs/Fuzz, without .gitattributes and other dot files.</summary>
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (!file!.StartsWith('.')) data.Add(file);
        }
        return data;
    }

    [Fact]
    public void The_folder_holds_the_seed_corpus_at_least()
    {
        Inputs().Count.ShouldBeGreaterThanOrEqualTo(
            Directory.EnumerateFiles(RepositoryFiles.Path("tests/FactModel.Fuzz/corpus")).Count(f => !Path.GetFileName(f).StartsWith('.')));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parsing_and_validating_give_diagnostics_with_valid_spans_never_an_exception(string name)
    {
        string text = FactModel.Fuzz.FuzzInput.Decode(File.ReadAllBytes(Path.Combine(Folder, name)));
        var documents = new[] { SourceDocument.FromText("article", "seeds/article.txt", DocumentText) };

        var parsed = FactFileParser.Parse("facts/fuzz.yaml", text);
        var companion = FactFileParser.Parse("facts/companion.yaml", CompanionText);
        var diagnostics = parsed.Diagnostics.Concat(FactModel.Core.FactSetAnalysis.Validate(new[] { parsed, companion }, documents)).ToList();

        companion.Diagnostics.ShouldBeEmpty();
        diagnostics.ShouldAllBe(d => DiagnosticCatalog.All.Any(known => known.Id == d.Id));
        // The generator makes a Roslyn LinePositionSpan of every span, which throws on a negative position or an end
        // before the start (CS8785 for the user): the harness checks this too.
        diagnostics.Where(d => !IsValid(d.Span) || (d.RelatedFilePath is not null && !IsValid(d.RelatedSpan)))
            .Select(d => $"{d} spans {Describe(d.Span)}, related {Describe(d.RelatedSpan)}")
            .ShouldBeEmpty();
    }

    private static string Describe(SourceSpan span) =>
        $"(line {span.StartLine}, column {span.StartColumn}) to (line {span.EndLine}, column {span.EndColumn}), zero-based";

    private static bool IsValid(SourceSpan span) =>
        span.StartLine >= 0 && span.StartColumn >= 0 && span.EndColumn >= 0
        && (span.EndLine > span.StartLine || (span.EndLine == span.StartLine && span.EndColumn >= span.StartColumn));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_generator_neither_throws_nor_fails_internally_and_its_code_compiles(string name)
    {
        string text = FactModel.Fuzz.FuzzInput.Decode(File.ReadAllBytes(Path.Combine(Folder, name)));
        var harness = new GeneratorHarness(new[]
        {
            InputText.Facts("facts/fuzz.yaml", text),
            InputText.Facts("facts/companion.yaml", CompanionText),
            InputText.Document("article", DocumentText),
        });

        var result = harness.Run();

        result.Diagnostics.Where(d => d.Id == "FM9001").ShouldBeEmpty(Snapshots.Describe(result.Diagnostics));
        harness.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(harness.CompilationDiagnostics()));
    }
}
