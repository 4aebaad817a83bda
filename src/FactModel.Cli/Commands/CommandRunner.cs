using System;
using FactModel.Cli.Input;

namespace FactModel.Cli.Commands;

/// <summary>
/// Runs a command's body so that nothing reaches the user as a stack trace: bad input is a message and
/// <see cref="ExitCodes.BadInput"/>, a failure of factmodel itself one line naming the exception and
/// <see cref="ExitCodes.InternalError"/>.
/// </summary>
internal static class CommandRunner
{
    public static int Run(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException e)
        {
            foreach (string problem in e.Problems) context.Note(problem);
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            context.Note($"internal error ({e.GetType().Name}: {e.Message}); please report it with the fact files that caused it");
            return ExitCodes.InternalError;
        }
    }
}
