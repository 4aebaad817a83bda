using System.CommandLine;
using FactModel.Cli.Facts;
using FactModel.Cli.Input;
using FactModel.Cli.Show;
using FactModel.Specs;

namespace FactModel.Cli.Commands;

/// <summary>
/// <c>factmodel show [id]</c>: a table of every fact, or one fact with all its fields and every fact that refers to
/// it. Facts with errors are still shown (as the IDE keeps working), with a note that <c>check</c> has more to say.
/// </summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("id")
        {
            Description = "The id of the fact to show; without it, a table of every fact",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var factPaths = CommonOptions.Facts();
        var references = CommonOptions.References();
        var sources = CommonOptions.Sources();
        var maxFiles = CommonOptions.MaxFiles();
        var command = new Command("show", "Prints a table of the facts, or one fact with everything that refers to it")
        {
            id, factPaths, references, sources, maxFiles,
        };
        command.SetAction(result => CommandRunner.Run(context, () =>
        {
            var facts = FactSetLoader.Load(context, new LoadOptions(result.GetValue(factPaths) ?? [], result.GetValue(sources), result.GetValue(maxFiles),
                References: result.GetValue(references)));
            if (facts.ErrorCount > 0)
                context.Note($"the fact files have {facts.ErrorCount} error(s); 'factmodel check' lists them");

            string? wanted = result.GetValue(id);
            if (wanted is null)
            {
                context.Output.Write(FactTable.Render(facts));
                return ExitCodes.Success;
            }
            if (!facts.TryGet(wanted, out var definition))
            {
                if (facts.ReferencedModelOf(wanted) is { } model)
                {
                    context.Note($"'{wanted}' is a fact of the referenced model {model.Name}, not of these facts; show it with 'factmodel show {wanted} --facts {model.Path}'");
                    return ExitCodes.FactErrors;
                }
                string? nearest = ScalarForms.Nearest(wanted, facts.Ids);
                context.Note($"no fact has the id '{wanted}'{(nearest is null ? "" : $" (did you mean '{nearest}'?)")}; 'factmodel show' lists every fact");
                return ExitCodes.FactErrors;
            }
            context.Output.Write(FactDetails.Render(definition, facts));
            return ExitCodes.Success;
        }));
        return command;
    }
}
