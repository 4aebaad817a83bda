namespace FactModel.Cli;

/// <summary>The exit codes of <c>factmodel</c>, documented in docs/cli.md; scripts and CI jobs branch on them.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked: no errors in the fact files (warnings alone still succeed).</summary>
    public const int Success = 0;

    /// <summary>The fact files have errors (<c>check</c>, <c>export</c>), or the id asked for is not a fact (<c>show</c>).</summary>
    public const int FactErrors = 1;

    /// <summary>The command line or the input is unusable: an unknown option, a missing path, a binary or unreadable file, too many files.</summary>
    public const int BadInput = 2;

    /// <summary>factmodel itself failed; the message names the exception, and the fact files should be reported with it.</summary>
    public const int InternalError = 3;
}
