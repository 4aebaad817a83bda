using System;
using System.CommandLine;
using System.IO;
using System.Security;
using System.Text;
using FactModel.Cli.Check;
using FactModel.Cli.Export;
using FactModel.Cli.Input;

namespace FactModel.Cli.Commands;

/// <summary>
/// <c>factmodel export --format json|jsonld|mermaid|dot [--out file]</c>: the fact set for other tools. Facts with
/// errors are not exported (a dangling reference would leave the output wrong without saying so): the errors are
/// printed instead and the exit code is 1.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "json (FactModel's own shape), jsonld (schema.org), mermaid or dot (diagrams)",
            Required = true,
        };
        format.AcceptOnlyFromAmong(ExportFormat.All);
        var diagram = new Option<string?>("--diagram")
        {
            Description = "For mermaid and dot: graph (actors, events and places) or timeline (events in time order). Default: graph",
        };
        diagram.AcceptOnlyFromAmong(ExportFormat.Diagrams);
        var baseIri = new Option<string?>("--base")
        {
            Description = "For jsonld: the IRI that fact ids (#antony-blinken) are relative to, such as the article's URL",
            HelpName = "iri",
        };
        var output = new Option<string?>("--out")
        {
            Description = "The file to write; without it, the standard output",
            HelpName = "file",
        };
        var factPaths = CommonOptions.Facts();
        var sources = CommonOptions.Sources();
        var maxFiles = CommonOptions.MaxFiles();
        var command = new Command("export", "Exports the facts as JSON, schema.org JSON-LD, or a Mermaid or Graphviz diagram")
        {
            format, diagram, baseIri, output, factPaths, sources, maxFiles,
        };
        command.SetAction(result => CommandRunner.Run(context, () =>
        {
            string chosen = result.GetValue(format)!;
            string? chosenDiagram = result.GetValue(diagram);
            if (chosenDiagram is not null && chosen is not (ExportFormat.Mermaid or ExportFormat.Dot))
                throw new InputException("--diagram applies to the mermaid and dot formats only");
            string? chosenBase = result.GetValue(baseIri);
            if (chosenBase is not null && chosen != ExportFormat.JsonLd)
                throw new InputException("--base applies to the jsonld format only");

            var facts = FactSetLoader.Load(context, new LoadOptions(result.GetValue(factPaths) ?? [], result.GetValue(sources), result.GetValue(maxFiles)));
            if (facts.ErrorCount > 0)
            {
                MsBuildDiagnostics.Write(facts, context.Error);
                context.Note($"nothing exported: the fact files have {facts.ErrorCount} error(s); fix them first ('factmodel check' shows them with their lines)");
                return ExitCodes.FactErrors;
            }
            string text = Exporter.Render(facts, chosen, chosenDiagram ?? ExportFormat.Graph, chosenBase);
            Write(context, result.GetValue(output), text);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(CliContext context, string? path, string text)
    {
        if (path is null)
        {
            context.Output.Write(text);
            return;
        }
        try
        {
            File.WriteAllText(context.FullPath(path), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            throw new InputException($"cannot write '{path}': {e.Message}");
        }
    }
}
