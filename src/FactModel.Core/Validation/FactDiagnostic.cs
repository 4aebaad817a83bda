using System.Globalization;
using FactModel.Specs;

namespace FactModel.Validation;

/// <summary>How serious a diagnostic is by default; users may change it per id through .editorconfig.</summary>
public enum FactSeverity
{
    /// <summary>Fails the build.</summary>
    Error,
    /// <summary>Reported, does not fail the build.</summary>
    Warning,
    /// <summary>Informational.</summary>
    Info,
}

/// <summary>
/// A problem found in a fact file, as plain data: the descriptor's id, the formatted message, the file and the span of
/// the offending node. Equatable, so it can flow through the incremental pipeline; the generator turns it into a
/// Roslyn <c>Diagnostic</c> only when it reports it, and the command-line tool prints it as it is.
/// </summary>
public sealed record FactDiagnostic(string Id, FactSeverity Severity, string Message, string FilePath, SourceSpan Span)
{
    /// <summary>A second place the diagnostic is about, such as the first definition of a duplicate id.</summary>
    public string? RelatedFilePath { get; init; }

    /// <summary>Where in <see cref="RelatedFilePath"/>.</summary>
    public SourceSpan RelatedSpan { get; init; }

    /// <summary>
    /// Formats <paramref name="descriptor"/>'s message with <paramref name="args"/>, each text argument's line breaks,
    /// tabs and other control characters written as escapes (<c>\n</c>, <c>\t</c>, <c>\u0001</c>): a message is one
    /// line, as MSBuild, CI logs and the IDE's error list show it, and shows a value's invisible characters (an id
    /// written as a block scalar ends with a line feed) rather than breaking the line at them.
    /// </summary>
    public static FactDiagnostic Create(DiagnosticDescriptorInfo descriptor, string filePath, SourceSpan span, params object[] args) =>
        new(descriptor.Id, descriptor.Severity, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, Visible(args)), filePath, span);

    private static object[] Visible(object[] args)
    {
        object[]? visible = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is not string text || !HasControlCharacter(text)) continue;
            visible ??= (object[])args.Clone();
            visible[i] = Escaped(text);
        }
        return visible ?? args;
    }

    private static bool HasControlCharacter(string text)
    {
        foreach (char c in text)
        {
            if (IsControl(c)) return true;
        }
        return false;
    }

    // Unicode's line and paragraph separators break a line as a line feed does.
    private static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static string Escaped(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>"path(line,col): error FM1002: message", as MSBuild prints diagnostics.</summary>
    public override string ToString() =>
        $"{FilePath}{Span}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}

/// <summary>One entry of the diagnostic catalogue: id, title, category, default severity and message format.</summary>
public sealed record DiagnosticDescriptorInfo(string Id, string Title, string Category, FactSeverity Severity, string MessageFormat)
{
    /// <summary>The section of docs/diagnostics.md that explains this id.</summary>
    public string HelpLink => DiagnosticCatalog.HelpLinkOf(Id);
}
