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

    /// <summary>Formats <paramref name="descriptor"/>'s message with <paramref name="args"/>.</summary>
    public static FactDiagnostic Create(DiagnosticDescriptorInfo descriptor, string filePath, SourceSpan span, params object[] args) =>
        new(descriptor.Id, descriptor.Severity, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args), filePath, span);

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
