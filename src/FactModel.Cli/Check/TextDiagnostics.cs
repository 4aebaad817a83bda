using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FactModel.Cli.Facts;
using FactModel.Validation;

namespace FactModel.Cli.Check;

/// <summary>
/// <c>--format text</c>, for people: each diagnostic in the MSBuild form followed by the line of YAML it points at,
/// with the offending node underlined, then one summary line.
/// </summary>
internal static class TextDiagnostics
{
    // Longer lines are not quoted: a minified or generated file would flood the terminal.
    private const int MaxExcerptLength = 200;

    public static void Write(FactSet facts, TextWriter output)
    {
        var files = facts.Files.ToDictionary(f => f.DisplayPath, f => new Lazy<Lines>(() => new Lines(f.Text)), StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var d in facts.Diagnostics)
        {
            text.Append(DiagnosticWords.MsBuildLine(d)).Append('\n');
            if (files.TryGetValue(d.FilePath, out var lines)) AppendExcerpt(text, lines.Value, d);
        }
        if (facts.Diagnostics.Count > 0) text.Append('\n');
        text.Append(Summary(facts)).Append('\n');
        output.Write(text.ToString());
    }

    /// <summary>
    /// "Checked 5 fact files (85 facts) against 1 source document: 2 errors, 1 warning.", and with <c>--references</c>
    /// "..., with 1 referenced model (12 facts): ...".
    /// </summary>
    public static string Summary(FactSet facts)
    {
        string documents = facts.Documents is null ? "without source documents (quotes not checked)"
            : "against " + Count(facts.Documents.Count, "source document");
        int errors = facts.ErrorCount, warnings = facts.WarningCount;
        string outcome = errors + warnings == 0 ? "no problems found" : Count(errors, "error") + ", " + Count(warnings, "warning");
        var referenced = facts.Referenced.Sets;
        string models = referenced.Count == 0 ? ""
            : $", with {Count(referenced.Count, "referenced model")} ({Count(referenced.Sum(r => r.Model.Facts.Count), "fact")})";
        return $"Checked {Count(facts.Files.Count, "fact file")} ({Count(facts.Definitions.Count, "fact")}) {documents}{models}: {outcome}.";
    }

    private static string Count(int n, string noun) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    private static void AppendExcerpt(StringBuilder text, Lines lines, FactDiagnostic d)
    {
        string? line = lines.At(d.Span.StartLine);
        if (line is null || line.Length > MaxExcerptLength || line.Trim().Length == 0) return;
        int start = Math.Min(d.Span.StartColumn, line.Length);
        int end = d.Span.EndLine == d.Span.StartLine ? Math.Min(Math.Max(d.Span.EndColumn, start + 1), line.Length) : line.TrimEnd().Length;
        string number = (d.Span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string gutter = new(' ', number.Length);
        text.Append("  ").Append(number).Append(" | ").Append(line).Append('\n');
        text.Append("  ").Append(gutter).Append(" | ").Append(new string(' ', start)).Append(new string('^', Math.Max(1, end - start))).Append('\n');
    }

    /// <summary>The lines of a file, found once: a file with thousands of diagnostics must not be scanned for each.</summary>
    private sealed class Lines
    {
        private readonly string _text;
        private readonly List<int> _starts = new() { 0 };

        public Lines(string text)
        {
            _text = text;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') _starts.Add(i + 1);
            }
        }

        /// <summary>The zero-based line <paramref name="index"/> without its line break, or null past the end.</summary>
        public string? At(int index)
        {
            if (index < 0 || index >= _starts.Count) return null;
            int start = _starts[index];
            int end = index + 1 < _starts.Count ? _starts[index + 1] - 1 : _text.Length;
            return _text.Substring(start, end - start).TrimEnd('\r');
        }
    }
}
