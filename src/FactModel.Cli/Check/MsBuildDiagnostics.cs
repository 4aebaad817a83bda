using System.IO;
using FactModel.Cli.Facts;

namespace FactModel.Cli.Check;

/// <summary>
/// <c>--format msbuild</c>: one line per diagnostic, exactly as a build prints it, so editors and CI systems that
/// read compiler output (problem matchers, VS Code's $msCompile) pick the lines up. Nothing else is printed.
/// </summary>
internal static class MsBuildDiagnostics
{
    public static void Write(FactSet facts, TextWriter output)
    {
        foreach (var diagnostic in facts.Diagnostics) output.Write(DiagnosticWords.MsBuildLine(diagnostic) + "\n");
    }
}
