using System.IO;
using System.Text;
using FactModel.Cli.Facts;
using FactModel.Validation;

namespace FactModel.Cli.Check;

/// <summary>
/// <c>--format github</c>: GitHub Actions workflow commands,
/// <c>::error file=facts/actors.yaml,line=10,col=30,title=FM2001::message</c>, which the runner turns into
/// annotations on the lines of a pull request. Values are escaped as the runner expects.
/// </summary>
internal static class GitHubDiagnostics
{
    public static void Write(FactSet facts, TextWriter output)
    {
        foreach (var d in facts.Diagnostics)
        {
            output.Write($"::{Command(d.Severity)} file={Property(d.FilePath)},line={DiagnosticWords.Line(d)},col={DiagnosticWords.Column(d)},title={Property(d.Id)}::{Data(d.Message)}\n");
        }
    }

    private static string Command(FactSeverity severity) => severity switch
    {
        FactSeverity.Error => "error",
        FactSeverity.Warning => "warning",
        _ => "notice",
    };

    // The runner's escaping: in the message, %, CR and LF; in a property, also : and , (its separators).
    private static string Data(string text) => new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    private static string Property(string text) => new StringBuilder(Data(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
