using System.Collections.Generic;
using FactModel.Specs;

namespace FactModel.Generator.Emit;

/// <summary>
/// The <c>#line</c> directives that map each fact's property to the fact's <c>id:</c> in its YAML file, so that Go to
/// Definition, the debugger and the compiler's own messages land on the YAML line.
/// </summary>
/// <remarks>
/// The compiler resolves a relative <c>#line</c> path against the directory of the file that holds the directive, and
/// a generated file lives in <c>&lt;generated files directory&gt;/FactModel.Generator/FactModel.Generator.FactModelGenerator/</c>,
/// the directory being the compiler's <c>/generatedfilesout</c> or else its output directory (both known to MSBuild, which
/// hands it over as <c>FactModelGeneratedFilesPath</c>). The path written is the fact file's path relative to that
/// directory: it resolves to the fact file in the compiler's messages and in the PDB (where <c>/pathmap</c> applies to
/// the resolved path), and it is the same on every checkout, so the generated source stays byte-identical. Without that directory, or with a path no directive can hold (a
/// quote, a line break, a control or format character), the property is not mapped: it still works, at the
/// generated line.
/// </remarks>
internal static class LineMapping
{
    /// <summary>The folders the compiler puts this generator's files in, below the generated files directory.</summary>
    private static readonly string GeneratorFolder =
        typeof(FactModelGenerator).Assembly.GetName().Name + "/" + typeof(FactModelGenerator).FullName + "/";

    /// <summary>
    /// The path a <c>#line</c> directive in a generated file names <paramref name="factFilePath"/> by, relative to the
    /// generated file; null when it cannot be written (no generated files directory, no common root, an unsafe character).
    /// </summary>
    public static string? PathFor(string factFilePath, string generatedFilesDirectory)
    {
        if (generatedFilesDirectory.Length == 0) return null;
        string[] target = factFilePath.Replace('\\', '/').Split('/');
        string[] from = (generatedFilesDirectory.Replace('\\', '/').TrimEnd('/') + "/" + GeneratorFolder).TrimEnd('/').Split('/');
        int common = 0;
        while (common < from.Length && common < target.Length - 1 && from[common] == target[common]) common++;
        if (common == 0) return null; // two drives: no relative path
        var parts = new List<string>();
        for (int i = common; i < from.Length; i++) parts.Add("..");
        for (int i = common; i < target.Length; i++) parts.Add(target[i]);
        string path = string.Join("/", parts);
        return IsSafe(path) ? path : null;
    }

    /// <summary>
    /// The enhanced <c>#line (l,c)-(l,c) offset "path"</c> that maps the next line, from its column
    /// <paramref name="column"/> (zero-based), to <paramref name="span"/>; null when the span is not well formed.
    /// </summary>
    public static string? Directive(SourceSpan span, int column, string path)
    {
        if (!span.IsValid) return null;
        // One-based, the end at the span's last character: at least one character, as the directive requires.
        int end = span.EndLine == span.StartLine ? System.Math.Max(span.EndColumn, span.StartColumn + 1) : System.Math.Max(span.EndColumn, 1);
        return $"#line ({span.StartLine + 1},{span.StartColumn + 1})-({span.EndLine + 1},{end}) {column + 1} \"{path}\"";
    }

    /// <summary>Ends the mapping: what follows maps to the generated file again.</summary>
    public const string Default = "#line default";

    /// <summary>A directive's file name has no escapes: a quote or line break would end it, a control or format character would hide what it says.</summary>
    private static bool IsSafe(string path)
    {
        if (path.Length == 0) return false;
        foreach (char c in path)
        {
            if (c == '"' || c == '\\' || CSharp.NeedsEscape(c) || char.IsWhiteSpace(c) && c != ' ') return false;
        }
        return true;
    }
}
