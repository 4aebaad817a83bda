using FactModel.Generator.Tests.Infrastructure;

namespace FactModel.Generator.Tests;

/// <summary>The repository's own facts/ and seeds/: the seed article's whole model.</summary>
public class SeedModelTests
{
    private static IEnumerable<InputText> RepositoryInputs() =>
        Directory.GetFiles(RepositoryFiles.Path("facts"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => InputText.Facts("facts/" + Path.GetFileName(path), File.ReadAllText(path)))
            .Append(InputText.SeedArticle);

    [Fact]
    public void The_seed_facts_generate_a_model_that_compiles_with_no_diagnostics()
    {
        var harness = new GeneratorHarness(RepositoryInputs());

        var result = harness.Run();

        result.Diagnostics.ShouldBeEmpty(Snapshots.Describe(result.Diagnostics));
        harness.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(harness.CompilationDiagnostics()));
        result.GeneratedSources.Select(s => s.HintName).ShouldContain("FactCatalog.g.cs");
    }

    [Fact]
    public void The_seed_model_matches_its_snapshots()
    {
        var result = new GeneratorHarness(RepositoryInputs()).Run();

        Snapshots.Verify(result);
    }
}
