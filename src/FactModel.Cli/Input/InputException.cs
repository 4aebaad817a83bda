using System;
using System.Collections.Generic;

namespace FactModel.Cli.Input;

/// <summary>
/// Input factmodel cannot use (a missing path, a binary or unreadable file, too many files), with messages meant for
/// the person who typed the command. Commands print them and exit with <see cref="ExitCodes.BadInput"/>, never with
/// a stack trace.
/// </summary>
internal sealed class InputException : Exception
{
    public InputException(string problem)
        : this(new[] { problem })
    {
    }

    public InputException(IReadOnlyList<string> problems)
        : base(string.Join("\n", problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
