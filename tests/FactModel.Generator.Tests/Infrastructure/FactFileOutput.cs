using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Tests.Infrastructure;

/// <summary>
/// A fact file's part of the generated code: its namespace block, which opens with a comment naming the file, in the
/// source of the file's output group (several files share a source).
/// </summary>
public static class FactFileOutput
{
    /// <summary>The line that opens the block of the file at <paramref name="relativePath"/> (a path of plain characters).</summary>
    public static string Marker(string relativePath) => $"// From {relativePath}.\n";

    /// <summary>The generated source that holds the block of the file at <paramref name="relativePath"/>.</summary>
    public static GeneratedSourceResult SourceOf(this GeneratorRunResult result, string relativePath) =>
        result.GeneratedSources.Single(s => s.SourceText.ToString().Contains(Marker(relativePath), StringComparison.Ordinal));

    /// <summary>The block of the file at <paramref name="relativePath"/>: from its comment to the next file's, or to the end.</summary>
    public static string BlockOf(this GeneratorRunResult result, string relativePath)
    {
        string text = result.SourceOf(relativePath).SourceText.ToString();
        int start = text.IndexOf(Marker(relativePath), StringComparison.Ordinal);
        int next = text.IndexOf("\n// From ", start + 1, StringComparison.Ordinal);
        return next < 0 ? text[start..] : text[start..(next + 1)];
    }

    /// <summary>Whether the generated sources hold a block for the file at <paramref name="relativePath"/>.</summary>
    public static bool HasBlockOf(this GeneratorRunResult result, string relativePath) =>
        result.GeneratedSources.Any(s => s.SourceText.ToString().Contains(Marker(relativePath), StringComparison.Ordinal));
}
