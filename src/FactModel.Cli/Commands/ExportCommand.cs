using System;
using System.CommandLine;
using System.IO;
using System.Security;
using System.Text;
using FactModel.Cli.Check;
using FactModel.Cli.Export;
using FactModel.Cli.Export.Html;
using FactModel.Cli.Input;

namespace FactModel.Cli.Commands;

/// <summary>
/// <c>factmodel export --format json|jsonld|mermaid|dot [--out file]</c>: the fact set for other tools, and
/// <c>--format html --out DIR</c>: a static review site. Facts with errors are not exported (a dangling reference
/// would leave the output wrong without saying so): the errors are printed instead and the exit code is 1.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "json (FactModel's own shape), jsonld (schema.org), mermaid or dot (diagrams), html (a review site, written to the --out folder)",
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
            Description = "The file to write; without it, the standard output. For html, the folder to write the site to (required)",
            HelpName = "file|dir",
        };
        var factPaths = CommonOptions.Facts();
        var references = CommonOptions.References();
        var sources = CommonOptions.Sources();
        var maxFiles = CommonOptions.MaxFiles();
        var command = new Command("export", "Exports the facts as JSON, schema.org JSON-LD, a Mermaid or Graphviz diagram, or a static HTML review site")
        {
            format, diagram, baseIri, output, factPaths, references, sources, maxFiles,
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
            string? chosenOutput = result.GetValue(output);
            if (chosen == ExportFormat.Html && chosenOutput is null)
                throw new InputException("the html format writes a folder of pages: give it with --out DIR");

            var facts = FactSetLoader.Load(context, new LoadOptions(result.GetValue(factPaths) ?? [], result.GetValue(sources), result.GetValue(maxFiles),
                References: result.GetValue(references)));
            if (facts.ErrorCount > 0)
            {
                MsBuildDiagnostics.Write(facts, context.Error);
                context.Note($"nothing exported: the fact files have {facts.ErrorCount} error(s); fix them first ('factmodel check' shows them with their lines)");
                return ExitCodes.FactErrors;
            }
            if (chosen == ExportFormat.Html)
            {
                int pages = HtmlExport.Write(facts, context.FullPath(chosenOutput!), chosenOutput!, document => ReadAgain(context, document));
                context.Note($"wrote {pages:N0} pages to '{chosenOutput}'; open '{chosenOutput!.TrimEnd('/', '\\')}/{SitePaths.Home}'");
                return ExitCodes.Success;
            }
            string text = Exporter.Render(facts, chosen, chosenDiagram ?? ExportFormat.Graph, chosenBase);
            Write(context, chosenOutput, text);
            return ExitCodes.Success;
        }));
        return command;
    }

    // A document's text as written, for the html pages; the loader read it moments ago, so a failure now is not worth
    // failing the export for: the page then shows the text as normalized for checking quotes.
    private static string? ReadAgain(CliContext context, Validation.SourceDocument document)
    {
        try
        {
            return TextFileReader.Read(context.FullPath(document.FilePath), document.FilePath, long.MaxValue);
        }
        catch (InputException)
        {
            return null;
        }
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
