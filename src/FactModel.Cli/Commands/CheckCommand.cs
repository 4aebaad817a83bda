using System.CommandLine;
using FactModel.Cli.Check;
using FactModel.Cli.Facts;
using FactModel.Cli.Input;

namespace FactModel.Cli.Commands;

/// <summary>
/// <c>factmodel check [paths...]</c>: every diagnostic of every fact file, the same ones a build reports, in a format
/// for people, MSBuild-aware tools, GitHub Actions or programs. Exits non-zero when there are errors.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = $"Fact files, or folders of *.yaml and *.yml fact files. Default: {LoadOptions.DefaultFactFolder}",
            Arity = ArgumentArity.ZeroOrMore,
        };
        // An option the parser does not know would otherwise be taken for a path; a file whose name starts with
        // '-' can still be given as ./-name.yaml.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-')) result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var sources = CommonOptions.Sources();
        var format = new Option<string>("--format")
        {
            Description = "text (for people), msbuild (file(line,col): error FMxxxx: message), github (workflow annotations) or json",
            DefaultValueFactory = _ => CheckFormat.Text,
        };
        format.AcceptOnlyFromAmong(CheckFormat.All);
        var maxFiles = CommonOptions.MaxFiles();
        var references = CommonOptions.References();

        var command = new Command("check", "Reports every problem in the fact files, as the build does; exits with 1 when there are errors")
        {
            paths, references, sources, format, maxFiles,
        };
        command.SetAction(result => CommandRunner.Run(context, () =>
        {
            var facts = FactSetLoader.Load(context, new LoadOptions(result.GetValue(paths) ?? [], result.GetValue(sources), result.GetValue(maxFiles),
                References: result.GetValue(references)));
            Write(facts, result.GetValue(format) ?? CheckFormat.Text, context);
            return facts.ErrorCount > 0 ? ExitCodes.FactErrors : ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(FactSet facts, string format, CliContext context)
    {
        switch (format)
        {
            case CheckFormat.MsBuild: MsBuildDiagnostics.Write(facts, context.Output); break;
            case CheckFormat.GitHub: GitHubDiagnostics.Write(facts, context.Output); break;
            case CheckFormat.Json: JsonDiagnostics.Write(facts, context.Output); break;
            default: TextDiagnostics.Write(facts, context.Output); break;
        }
    }
}
