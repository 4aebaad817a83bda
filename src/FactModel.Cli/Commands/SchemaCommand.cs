using System.CommandLine;
using FactModel.Core.Kinds;
using FactModel.Core.Schema;

namespace FactModel.Cli.Commands;

/// <summary>
/// <c>factmodel schema</c>: prints the JSON Schema of fact files, written from the kind declarations. Editors that
/// speak the YAML language server protocol complete and check keys with it; docs/fact-file.schema.json is its output.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("schema", "Prints the JSON Schema of fact files, for editors (docs/fact-file.schema.json is its output)");
        command.SetAction(_ => CommandRunner.Run(context, () =>
        {
            context.Output.Write(FactFileSchema.Write(BuiltInKinds.Catalog));
            return ExitCodes.Success;
        }));
        return command;
    }
}
