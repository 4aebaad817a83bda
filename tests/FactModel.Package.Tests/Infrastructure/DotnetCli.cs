using System.Diagnostics;

namespace FactModel.Package.Tests.Infrastructure;

/// <summary>What a dotnet command did: its exit code and everything it printed, to show when an assertion fails.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output)
{
    public override string ToString() => $"`{Command}` exited with {ExitCode}:\n{Output}";
}

/// <summary>
/// Runs the dotnet CLI in a child process, as a user would from a shell: never with the test host's own MSBuild
/// settings, never leaving MSBuild nodes behind, and with the messages in English so that they can be matched.
/// </summary>
public static class DotnetCli
{
    /// <summary>Passed to every command that builds, so that no MSBuild node outlives it.</summary>
    public const string NoNodeReuse = "-nodeReuse:false";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);

        // The test host's own MSBuild settings must not leak into the child build.
        foreach (string key in start.Environment.Keys
                     .Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("DOTNET_HOST", StringComparison.OrdinalIgnoreCase))
                     .ToList())
            start.Environment.Remove(key);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
        if (environment is not null)
            foreach (var (key, value) in environment) start.Environment[key] = value;

        string command = "dotnet " + string.Join(' ', arguments);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + command);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{command}` in {workingDirectory} did not finish in {Timeout.TotalMinutes} minutes");
        }
        return new CommandResult(command, process.ExitCode, stdout.Result + stderr.Result);
    }
}
