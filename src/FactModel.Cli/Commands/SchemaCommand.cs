using System;
using System.CommandLine;
using System.Linq;
using FactModel.Cli.Input;
using FactModel.Core.Kinds;
using FactModel.Core.Schema;

namespace FactModel.Cli.Commands;

/// <summary>
/// <c>factmodel schema</c>: prints the JSON Schema of fact files, written from the kind declarations. Editors that
/// speak the YAML language server protocol complete and check keys with it; docs/fact-file.schema.json is its output.
/// With <c>--facts</c>, the schema of a project's own fact files: the kinds they declare with their keys, and for
/// every reference field the ids of the facts of its kind, as the build writes it to <c>obj/fact-file.schema.json</c>.
/// With <c>--references</c>, the kinds and ids of referenced models too, which the project's facts may use and name.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var factPaths = new Option<string[]>("--facts")
        {
            Description = "A fact file, or a folder of *.yaml and *.yml fact files, whose kinds and ids the schema takes in, as the "
                + "build's own schema (obj/fact-file.schema.json) does; repeat it for more. Without it, the schema of the built-in kinds",
            HelpName = "path",
            Arity = ArgumentArity.OneOrMore,
        };
        var maxFiles = CommonOptions.MaxFiles();
        var references = CommonOptions.References();
        var command = new Command("schema", "Prints the JSON Schema of fact files, for editors (docs/fact-file.schema.json is its output), or with --facts a project's own")
        {
            factPaths, references, maxFiles,
        };
        command.SetAction(result => CommandRunner.Run(context, () =>
        {
            string[] paths = result.GetValue(factPaths) ?? [];
            string[] referenced = result.GetValue(references) ?? [];
            if (paths.Length == 0 && referenced.Length > 0)
                throw new InputException("--references applies with --facts: the schema of the built-in kinds has no ids");
            if (paths.Length == 0)
            {
                context.Output.Write(FactFileSchema.Write(BuiltInKinds.Catalog));
                return ExitCodes.Success;
            }
            var facts = FactSetLoader.Load(context, new LoadOptions(paths, null, result.GetValue(maxFiles), ReadDocuments: false, References: referenced));
            if (facts.ErrorCount > 0)
                context.Note($"the fact files have {facts.ErrorCount} error(s); the schema takes in what could be read ('factmodel check' lists them)");
            // Every fact a file defines, as the build's task counts them: a duplicate id is the build's error, not the editor's.
            // The referenced models' facts too: a reference field may name them, as the build resolves it.
            var ids = facts.Files.SelectMany(f => f.Parsed.Facts).Where(f => f.Id.Length > 0).Select(f => (f.Id, f.Declaration.Id))
                .Concat(facts.Referenced.Models.Models.SelectMany(m => m.Facts).Select(f => (f.Id, f.Kind)));
            context.Output.Write(FactFileSchema.Write(facts.Kinds, ids));
            return ExitCodes.Success;
        }));
        return command;
    }
}
