using System.Collections.Generic;

namespace FactModel.Cli.Input;

/// <summary>What a command reads: the fact files and folders, the folder of source documents, and the file limit.</summary>
/// <param name="FactPaths">Fact files and folders as written on the command line.</param>
/// <param name="Sources">The folder of source documents as written with <c>--sources</c>; null when the option was not given.</param>
/// <param name="MaxFiles">The most fact files (and, separately, documents) read.</param>
/// <param name="ReadDocuments">False for a command that needs no documents (<c>schema</c>): none are read, and quotes are not checked.</param>
/// <param name="References">
/// The referenced models as written with <c>--references</c>: each a fact file or folder, or <c>NAME=PATH</c>
/// (<see cref="ReferenceOption"/>), in the order given; null or empty for none.
/// </param>
internal sealed record LoadOptions(IReadOnlyList<string> FactPaths, string? Sources, int MaxFiles, bool ReadDocuments = true,
    IReadOnlyList<string>? References = null)
{
    /// <summary>The fact folder every command reads when given no path, as the build does.</summary>
    public const string DefaultFactFolder = "facts";

    /// <summary>The documents folder every command reads without <c>--sources</c>, as the build does.</summary>
    public const string DefaultSourceFolder = "seeds";

    /// <summary>The default of <c>--max-files</c>: enough for any real fact base, few enough to refuse a mistyped path at once.</summary>
    public const int DefaultMaxFiles = 1000;
}
