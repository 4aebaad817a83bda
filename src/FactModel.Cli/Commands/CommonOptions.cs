using System.CommandLine;
using FactModel.Cli.Input;

namespace FactModel.Cli.Commands;

/// <summary>The options several commands share. Each call makes a new option: a command owns its options.</summary>
internal static class CommonOptions
{
    /// <summary><c>--sources dir</c>: the documents that quotes are checked against.</summary>
    public static Option<string?> Sources() => new("--sources")
    {
        Description = "The folder of source documents that quotes are checked against; a source cites a document by its "
            + $"file name without extension. Default: {LoadOptions.DefaultSourceFolder} (when it exists)",
        HelpName = "dir",
    };

    /// <summary><c>--facts path</c>, repeatable: the fact files and folders of <c>show</c> and <c>export</c>.</summary>
    public static Option<string[]> Facts() => new("--facts")
    {
        Description = $"A fact file, or a folder of *.yaml and *.yml fact files; repeat it for more. Default: {LoadOptions.DefaultFactFolder}",
        HelpName = "path",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>
    /// <c>--references [NAME=]path</c>, repeatable: the fact files of a model these facts refer to, as a project
    /// references another's assembly; each is analysed on its own, in the order given, and may refer to those before it.
    /// </summary>
    public static Option<string[]> References() => new("--references")
    {
        Description = "The fact files, or their folder, of a model these facts refer to, as a build reads a referenced library's: "
            + "its facts and kinds may be used, its ids not reused. NAME=PATH names it in messages. Repeat it for more; "
            + "each may refer to those before it",
        HelpName = "[name=]path",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary><c>--max-files n</c>: the most fact files (or documents) read, so that a mistyped path fails at once.</summary>
    public static Option<int> MaxFiles()
    {
        var option = new Option<int>("--max-files")
        {
            Description = "The most fact files, and the most source documents, to read",
            HelpName = "n",
            DefaultValueFactory = _ => LoadOptions.DefaultMaxFiles,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--max-files must be at least 1");
        });
        return option;
    }
}
