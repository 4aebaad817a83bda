using System.Diagnostics;

namespace FactModel.Generator.Tests.Infrastructure;

/// <summary>What a dotnet command printed and how it ended.</summary>
public sealed record DotnetResult(string Command, int ExitCode, string Output)
{
    public override string ToString() => $"`{Command}` exited with {ExitCode}:\n{Output}";
}

/// <summary>
/// Runs the dotnet CLI in a child process for the tests that make real builds: never with the test host's own MSBuild
/// settings (they must not leak into the child build), and within a time limit.
/// </summary>
public static class DotnetProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs <c>dotnet <paramref name="arguments"/></c> in <paramref name="workingDirectory"/>; fails the test if it does not end in time.</summary>
    public static DotnetResult Run(string workingDirectory, string arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The test host's own MSBuild settings must not leak into the child build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("DOTNET_HOST", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        var limit = timeout ?? DefaultTimeout;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new ShouldAssertException($"dotnet {arguments} did not finish in {limit.TotalMinutes} minutes");
        }
        return new DotnetResult("dotnet " + arguments, process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>
/// The tests that run real `dotnet build`s of projects that reference the repository's generator and runtime library
/// as projects: they run one at a time, since each such build also builds (or checks) those projects' own bin/ and
/// obj/ folders, which two builds at once would both write.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RealBuildCollection
{
    public const string Name = "Real dotnet builds of the repository's projects";
}
