using System.CommandLine;
using System.Globalization;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using FactModel.Cli.Commands;

namespace FactModel.Cli;

/// <summary>
/// The <c>factmodel</c> command line: <c>check</c>, <c>show</c> and <c>export</c>. <see cref="Run"/> is the whole
/// tool; Program.cs calls it with the console, tests call it in-process with string writers.
/// </summary>
public static class FactModelCli
{
    // Help is wrapped at a fixed width, so that it reads the same in every terminal and in the tests' snapshots.
    private const int HelpWidth = 110;

    /// <summary>Runs the command line <paramref name="args"/> and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The arguments after the tool's name: <c>check facts --format msbuild</c>.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where notes and problems go.</param>
    /// <param name="workingDirectory">The directory relative paths start from and printed paths are relative to.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        // The tool's output is the same on every machine: English help and messages, invariant numbers. The installed
        // tool is built with invariant globalization; a host that calls Run in-process keeps its own culture
        // outside this call.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var context = new CliContext(output, error, workingDirectory);
            // Commands catch their own failures (CommandRunner); this is for the parser and help, so that nothing
            // ever reaches the user as a stack trace.
            return CommandRunner.Run(context, () => Invoke(args, context));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static int Invoke(string[] args, CliContext context)
    {
        var (output, error) = (context.Output, context.Error);
        var root = Create(context);
        var result = root.Parse(args);
        if (result.Action is ParseErrorAction)
        {
            foreach (var problem in result.Errors) context.Note(problem.Message);
            context.Note($"run '{Usage(result)} --help' for the commands and options");
            return ExitCodes.BadInput;
        }
        return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    private static Command Create(CliContext context)
    {
        var root = new Command("factmodel", "Checks, shows and exports FactModel fact files: the YAML facts about actors, places, events and figures that the FactModel generator turns into C#.")
        {
            new HelpOption { Action = new HelpAction { MaxWidth = HelpWidth } },
            new VersionOption(),
            CheckCommand.Create(context),
            ShowCommand.Create(context),
            ExportCommand.Create(context),
            SchemaCommand.Create(context),
        };
        return root;
    }

    private static string Usage(ParseResult result)
    {
        string usage = "";
        for (var command = result.CommandResult; command is not null; command = command.Parent as System.CommandLine.Parsing.CommandResult)
            usage = usage.Length == 0 ? command.Command.Name : command.Command.Name + " " + usage;
        return usage;
    }
}
