using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot checks in the manner of Verify.SourceGenerators, with Shouldly's approved files: one file per generated
/// source, named by test class, test and hint name, plus one for the diagnostics, under Snapshots/. A changed output
/// writes a *.received.* file next to the approved one (ignored by git) and fails the test.
/// </summary>
public static class Snapshots
{
    public static void Verify(GeneratorRunResult result, string? variant = null, [CallerFilePath] string callerFile = "",
        [CallerMemberName] string test = "")
    {
        string name = Path.GetFileNameWithoutExtension(callerFile) + "." + test + (variant is null ? "" : "_" + variant);
        var snapshots = result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(source => (Text: source.SourceText.ToString(), Name: $"{name}#{source.HintName}", Extension: "cs"))
            .Append((Describe(result.Diagnostics), $"{name}#diagnostics", "txt"));

        // Check every file before failing, so that one run writes all the received files to review.
        var failures = new List<Exception>();
        foreach (var (text, snapshot, extension) in snapshots)
        {
            try
            {
                Match(text, snapshot, extension);
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }
        if (failures.Count == 1) throw failures[0];
        if (failures.Count > 1) throw new AggregateException($"{failures.Count} snapshots differ", failures);
    }

    /// <summary>Diagnostics as MSBuild prints them, one per line, in a stable order.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (var d in diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                     .ThenBy(d => d.Location.GetLineSpan().StartLinePosition).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var span = d.Location.GetLineSpan();
            text.Append((span.Path ?? "").Replace(InputText.ProjectDirectory, "", StringComparison.Ordinal)) // no path: about the whole model
                .Append($"({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): ")
                .Append($"{d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}\n");
        }
        return text.Length == 0 ? "(no diagnostics)\n" : text.ToString();
    }

    private static void Match(string actual, string name, string extension) =>
        actual.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').ShouldMatchApproved(options => options
            .SubFolder("Snapshots")
            .LocateTestMethodUsingAttribute<FactAttribute>()
            .WithDiscriminator(name)
            .WithFilenameGenerator((_, discriminator, type, ext) => $"{discriminator!.TrimStart('.')}.{type}.{ext}")
            .WithFileExtension(extension)
            .NoDiff());
}
