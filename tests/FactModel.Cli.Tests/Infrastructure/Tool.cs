namespace FactModel.Cli.Tests.Infrastructure;

/// <summary>What one run of the command line gave: its exit code and what it wrote to each stream.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Everything, for assertion messages.</summary>
    public override string ToString() => $"exit code {ExitCode}\n--- output ---\n{Output}\n--- error ---\n{Error}";
}

/// <summary>
/// Runs <c>factmodel</c> in-process through <see cref="FactModelCli.Run"/>, with string writers and a working
/// directory of the test's choosing: no process is started, so the tests are fast and can run in parallel.
/// </summary>
public static class Tool
{
    /// <summary>Runs <paramref name="args"/> with the repository root as the working directory (its facts/ and seeds/).</summary>
    public static CliResult Run(params string[] args) => RunIn(RepositoryFiles.Root, args);

    /// <summary>Runs <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public static CliResult RunIn(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        int exitCode = FactModelCli.Run(args, output, error, workingDirectory);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The folder of one of this project's inputs: Inputs/broken, Inputs/warnings, Inputs/timeline.</summary>
    public static string Input(string name) => RepositoryFiles.Path(Path.Combine("tests", "FactModel.Cli.Tests", "Inputs", name));
}
