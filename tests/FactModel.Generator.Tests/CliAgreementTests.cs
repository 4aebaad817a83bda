using System.Globalization;
using System.Text.Json;
using FactModel.Cli;
using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Tests;

/// <summary>
/// One core, two front ends: for every broken fact file of the feature tests, the generator (through the compiler's
/// driver) and <c>factmodel check</c> (in-process) report the same diagnostics: same files, ids, severities, lines,
/// columns and messages. The only difference allowed is the name a front end gives the file: the generator is handed
/// full paths (here under <see cref="InputText.ProjectDirectory"/>), the CLI prints paths relative to its working
/// directory, so the project directory is taken off the generator's paths, also where a message quotes one (FM1005).
/// </summary>
public class CliAgreementTests
{
    private static readonly string Features = Path.Combine(AppContext.BaseDirectory, "Inputs", "Features");

    public static TheoryData<string> BrokenFiles => new(Directory.GetFiles(Features, "*.invalid.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void The_cli_reports_what_the_generator_reports(string file)
    {
        string yaml = File.ReadAllText(Path.Combine(Features, file));
        string article = File.ReadAllText(RepositoryFiles.Path("seeds/blinken-arrives-in-israel.txt"));

        var fromGenerator = FromGenerator(file, yaml, article);
        var fromCli = FromCli(file, yaml, article);

        fromGenerator.ShouldContain(d => d.Severity == "error", "each broken file has at least one error");
        fromCli.ShouldBe(fromGenerator);
    }

    private static List<Reported> FromGenerator(string file, string yaml, string article)
    {
        var result = new GeneratorHarness(new[] { InputText.Facts("facts/" + file, yaml), InputText.Document("article", article) }).Run();
        return result.Diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return new Reported(
                Relative(span.Path), d.Id, d.Severity.ToString().ToLowerInvariant(),
                span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
                Relative(d.GetMessage(CultureInfo.InvariantCulture)));
        }).Order().ToList();
    }

    private static List<Reported> FromCli(string file, string yaml, string article)
    {
        string directory = Path.Combine(Path.GetTempPath(), "factmodel-agreement-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, "facts"));
            Directory.CreateDirectory(Path.Combine(directory, "seeds"));
            File.WriteAllText(Path.Combine(directory, "facts", file), yaml);
            File.WriteAllText(Path.Combine(directory, "seeds", "article.txt"), article);
            using var output = new StringWriter();
            using var error = new StringWriter();

            int exitCode = FactModelCli.Run(new[] { "check", "--format", "json" }, output, error, directory);

            exitCode.ShouldBe(ExitCodes.FactErrors, error.ToString());
            using var json = JsonDocument.Parse(output.ToString());
            return json.RootElement.EnumerateArray().Select(d => new Reported(
                d.GetProperty("file").GetString()!, d.GetProperty("id").GetString()!, d.GetProperty("severity").GetString()!,
                d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("message").GetString()!)).Order().ToList();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Relative(string text) => text.Replace(InputText.ProjectDirectory, "", StringComparison.Ordinal);

    /// <summary>A diagnostic as both front ends report it, one-based; ordered so that the two lists compare as sets.</summary>
    private sealed record Reported(string File, string Id, string Severity, int Line, int Column, string Message) : IComparable<Reported>
    {
        public int CompareTo(Reported? other) => other is null ? 1
            : string.CompareOrdinal(ToString(), other.ToString());

        public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";
    }
}
