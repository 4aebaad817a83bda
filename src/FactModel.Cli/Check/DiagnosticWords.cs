using FactModel.Validation;

namespace FactModel.Cli.Check;

/// <summary>Positions and severities as the output formats print them.</summary>
internal static class DiagnosticWords
{
    /// <summary>"error", "warning" or "info".</summary>
    public static string Severity(FactSeverity severity) => severity switch
    {
        FactSeverity.Error => "error",
        FactSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The one-based line of the diagnostic's start (spans are zero-based, as Roslyn wants them).</summary>
    public static int Line(FactDiagnostic diagnostic) => diagnostic.Span.StartLine + 1;

    /// <summary>The one-based column of the diagnostic's start.</summary>
    public static int Column(FactDiagnostic diagnostic) => diagnostic.Span.StartColumn + 1;

    /// <summary>"path(line,col): error FM2001: message", the MSBuild form every format starts from.</summary>
    public static string MsBuildLine(FactDiagnostic diagnostic) =>
        $"{diagnostic.FilePath}({Line(diagnostic)},{Column(diagnostic)}): {Severity(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}";
}
