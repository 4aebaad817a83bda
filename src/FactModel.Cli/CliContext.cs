using System;
using System.IO;

namespace FactModel.Cli;

/// <summary>
/// Where a command runs and writes: its output and error writers and the directory relative paths are resolved
/// against. Tests run commands in-process with their own writers and directory, so nothing here reads the process's
/// globals.
/// </summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, string workingDirectory)
    {
        Output = output;
        Error = error;
        WorkingDirectory = Path.GetFullPath(workingDirectory);
    }

    /// <summary>Where results go: diagnostics, tables, exports.</summary>
    public TextWriter Output { get; }

    /// <summary>Where notes and problems with the input go, so that they never corrupt a JSON or diagram on the output.</summary>
    public TextWriter Error { get; }

    /// <summary>The directory that relative paths on the command line start from, and that printed paths are relative to.</summary>
    public string WorkingDirectory { get; }

    /// <summary>The full path of <paramref name="path"/> as written on the command line.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>
    /// <paramref name="fullPath"/> relative to the working directory with forward slashes ("facts/actors.yaml"), so
    /// that output is the same on every machine and every operating system.
    /// </summary>
    public string DisplayPath(string fullPath)
    {
        string relative = Path.GetRelativePath(WorkingDirectory, fullPath);
        return relative.Replace('\\', '/');
    }

    /// <summary>Writes a note for the person at the terminal (never part of the command's result).</summary>
    public void Note(string message) => Error.Write("factmodel: " + message + "\n");

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> name the same file on this operating system.</summary>
    public static bool SamePath(string a, string b) =>
        string.Equals(a, b, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
