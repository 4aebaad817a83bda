using System.Globalization;
using System.Text.Json;
using FactModel.Cli;
using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Tests;

/// <summary>
/// One core, two front ends, across assemblies: a pre-commit <c>factmodel check --references</c> reports what the
/// build reports. The CLI's fixtures (tests/FactModel.Cli.Tests/Inputs/references) are compiled as the compiler would
/// build them: the shared model into a library <c>Shared</c> (and the regional one into <c>Regional</c>, which
/// references it), then each topic file against it, its model read from the library's metadata only. The CLI checks
/// the same files, naming the referenced folders as the libraries are named (<c>Shared=shared</c>). Same files, ids,
/// severities, lines, columns and messages; the generator's paths are taken relative to its project directory, as in
/// <see cref="CliAgreementTests"/>.
/// </summary>
public class CrossAssemblyCliAgreementTests
{
    private static readonly string Fixtures = RepositoryFiles.Path(Path.Combine("tests", "FactModel.Cli.Tests", "Inputs", "references"));

    private static readonly Lazy<MetadataReference> SharedLibrary = new(() => Build("Shared", "shared"));

    private static readonly Lazy<MetadataReference> RegionalLibrary = new(() => Build("Regional", "regional", SharedLibrary.Value));

    public static TheoryData<string> TopicFiles => new(new[]
    {
        "topic/summit.yaml", "broken/duplicate-id.yaml", "broken/wrong-kind.yaml", "broken/extends-shared-kind.yaml",
    });

    [Theory]
    [MemberData(nameof(TopicFiles))]
    public void The_cli_with_references_reports_what_the_build_reports_against_the_shared_library(string file)
    {
        var fromGenerator = FromGenerator(file, SharedLibrary.Value);
        var fromCli = FromCli(file, "Shared=shared");

        fromCli.ShouldBe(fromGenerator);
        if (file.StartsWith("broken/", StringComparison.Ordinal)) fromGenerator.ShouldContain(d => d.Severity == "error", "each broken file has an error");
        else fromGenerator.ShouldBeEmpty();
    }

    [Fact]
    public void A_later_reference_that_refers_to_an_earlier_one_is_read_as_a_library_built_against_it()
    {
        const string file = "local/springfield-race.yaml";

        var fromGenerator = FromGenerator(file, SharedLibrary.Value, RegionalLibrary.Value);
        var fromCli = FromCli(file, "Shared=shared", "Regional=regional");

        fromGenerator.ShouldBeEmpty();
        fromCli.ShouldBe(fromGenerator);
    }

    private static InputText Document => InputText.Document("summit-report", File.ReadAllText(Path.Combine(Fixtures, "seeds", "summit-report.txt")));

    /// <summary>A library of the fact files of one fixture folder, which must build without a diagnostic.</summary>
    private static MetadataReference Build(string name, string folder, params MetadataReference[] references)
    {
        var inputs = Directory.GetFiles(Path.Combine(Fixtures, folder), "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => InputText.Facts(folder + "/" + Path.GetFileName(path), File.ReadAllText(path))).Append(Document);
        var harness = new GeneratorHarness(inputs, "namespace User { }", new Dictionary<string, string> { ["RootNamespace"] = name },
            references: references, assemblyName: name);
        var result = harness.Run();
        result.Diagnostics.ShouldBeEmpty(Snapshots.Describe(result.Diagnostics));
        harness.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(harness.CompilationDiagnostics()));
        return MetadataReference.CreateFromImage(harness.EmitImage());
    }

    private static List<Reported> FromGenerator(string file, params MetadataReference[] references)
    {
        var inputs = new[] { InputText.Facts(file, File.ReadAllText(Path.Combine(Fixtures, file))), Document };
        var result = new GeneratorHarness(inputs, "namespace User { }", new Dictionary<string, string> { ["RootNamespace"] = "Topic" },
            references: references, assemblyName: "Topic").Run();
        return result.Diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return new Reported(
                Relative(span.Path), d.Id, d.Severity.ToString().ToLowerInvariant(),
                span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
                Relative(d.GetMessage(CultureInfo.InvariantCulture)));
        }).Order().ToList();
    }

    private static List<Reported> FromCli(string file, params string[] references)
    {
        var args = new List<string> { "check", file, "--format", "json" };
        foreach (string reference in references) args.AddRange(new[] { "--references", reference });
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exitCode = FactModelCli.Run(args.ToArray(), output, error, Fixtures);

        exitCode.ShouldBeOneOf(new[] { ExitCodes.Success, ExitCodes.FactErrors }, error.ToString());
        error.ToString().ShouldBeEmpty();
        using var json = JsonDocument.Parse(output.ToString());
        return json.RootElement.EnumerateArray().Select(d => new Reported(
            d.GetProperty("file").GetString()!, d.GetProperty("id").GetString()!, d.GetProperty("severity").GetString()!,
            d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("message").GetString()!)).Order().ToList();
    }

    private static string Relative(string text) => text.Replace(InputText.ProjectDirectory, "", StringComparison.Ordinal);

    /// <summary>A diagnostic as both front ends report it, one-based; ordered so that the two lists compare as sets.</summary>
    private sealed record Reported(string File, string Id, string Severity, int Line, int Column, string Message) : IComparable<Reported>
    {
        public int CompareTo(Reported? other) => other is null ? 1 : string.CompareOrdinal(ToString(), other.ToString());

        public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";
    }
}
