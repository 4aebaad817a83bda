using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Tests;

/// <summary>
/// Each feature of the fact format has a small valid and invalid fact file in Inputs/Features, cited against the seed
/// article; the generated code and the diagnostics of each are snapshots.
/// </summary>
public class FeatureTests
{
    public static TheoryData<string> Features => new() { "actors", "places", "events", "figures", "sources", "kinds" };

    private static GeneratorHarness Harness(string file) => new(new[]
    {
        InputText.Facts("facts/" + file, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Inputs", "Features", file))),
        InputText.Document("article", File.ReadAllText(RepositoryFiles.Path("seeds/blinken-arrives-in-israel.txt"))),
    });

    [Theory]
    [MemberData(nameof(Features))]
    public void A_valid_file_generates_code_that_compiles_with_no_diagnostics(string feature)
    {
        var harness = Harness(feature + ".valid.yaml");

        var result = harness.Run();

        result.Diagnostics.ShouldBeEmpty(Snapshots.Describe(result.Diagnostics));
        harness.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(harness.CompilationDiagnostics()));
        Snapshots.Verify(result, feature);
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void An_invalid_file_reports_every_error_and_what_remains_still_compiles(string feature)
    {
        var harness = Harness(feature + ".invalid.yaml");

        var result = harness.Run();

        result.Diagnostics.ShouldContain(d => d.Severity == DiagnosticSeverity.Error);
        harness.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(harness.CompilationDiagnostics()));
        Snapshots.Verify(result, feature);
    }
}
