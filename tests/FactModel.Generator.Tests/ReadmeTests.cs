using System.Text.RegularExpressions;
using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Tests;

/// <summary>
/// The README's C# works as pasted: every <c>```csharp</c> block compiles, as the Program.cs of a new console project
/// (<c>dotnet new console</c>: top-level statements, the SDK's implicit usings, nullable on) named MyApp, against the
/// model of the repository's facts (and of the project's own kinds the README shows).
/// </summary>
public class ReadmeTests
{
    /// <summary>The usings <c>ImplicitUsings</c> gives a console project, as the .NET SDK writes them.</summary>
    private const string ImplicitUsings =
        "global using global::System;\nglobal using global::System.Collections.Generic;\nglobal using global::System.IO;\nglobal using global::System.Linq;\n"
        + "global using global::System.Net.Http;\nglobal using global::System.Threading;\nglobal using global::System.Threading.Tasks;\n";

    public static TheoryData<int> Blocks => new(Enumerable.Range(0, CSharpBlocks().Count));

    [Fact]
    public void The_readme_has_csharp_blocks()
    {
        CSharpBlocks().Count.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Every_csharp_block_of_the_readme_compiles_as_pasted(int block)
    {
        string code = CSharpBlocks()[block];
        // The repository's facts, and the project's own kinds the README's "Your own kinds" shows, with their documents.
        string kinds = RepositoryFiles.Path("tests/FactModel.Kinds.Tests/Kinds");
        var inputs = Directory.GetFiles(RepositoryFiles.Path("facts"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => InputText.Facts("facts/" + Path.GetFileName(path), File.ReadAllText(path)))
            .Concat(Directory.GetFiles(kinds, "*.yaml").Order(StringComparer.Ordinal).Select(path => InputText.Facts("kinds/" + Path.GetFileName(path), File.ReadAllText(path))))
            .Concat(Directory.GetFiles(kinds, "*.txt").Order(StringComparer.Ordinal).Select(path => InputText.Document(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path))))
            .Append(InputText.SeedArticle);
        var harness = new GeneratorHarness(inputs, ImplicitUsings + code,
            new Dictionary<string, string> { ["RootNamespace"] = "MyApp" }, outputKind: OutputKind.ConsoleApplication);

        harness.Run().Diagnostics.ShouldBeEmpty();
        harness.CompilationDiagnostics().ShouldBeEmpty(code + "\n" + Snapshots.Describe(harness.CompilationDiagnostics()));
    }

    private static List<string> CSharpBlocks() =>
        Regex.Matches(File.ReadAllText(RepositoryFiles.Path("README.md")), @"^```csharp\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToList();
}
