using System.IO;
using FactModel.Cli.Facts;
using FactModel.Cli.Output;
using FactModel.Validation;

namespace FactModel.Cli.Check;

/// <summary>
/// <c>--format json</c>: an array with one object per diagnostic, in the order of the other formats. The shape is
/// documented in docs/cli.md and stable: keys are only ever added.
/// </summary>
internal static class JsonDiagnostics
{
    public static void Write(FactSet facts, TextWriter output) => output.Write(JsonText.Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var d in facts.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("id", d.Id);
            writer.WriteString("severity", DiagnosticWords.Severity(d.Severity));
            writer.WriteString("file", d.FilePath);
            writer.WriteNumber("line", d.Span.StartLine + 1);
            writer.WriteNumber("column", d.Span.StartColumn + 1);
            writer.WriteNumber("end-line", d.Span.EndLine + 1);
            writer.WriteNumber("end-column", d.Span.EndColumn + 1);
            writer.WriteString("message", d.Message);
            writer.WriteString("help", DiagnosticCatalog.HelpLinkOf(d.Id));
            if (d.RelatedFilePath is { } related)
            {
                // The other place the diagnostic is about: the first definition of a duplicate id.
                writer.WriteStartObject("related");
                writer.WriteString("file", related);
                writer.WriteNumber("line", d.RelatedSpan.StartLine + 1);
                writer.WriteNumber("column", d.RelatedSpan.StartColumn + 1);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("related");
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }));
}
