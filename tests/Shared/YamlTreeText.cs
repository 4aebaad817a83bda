using System.Text;
using FactModel.Core.Yaml;
using FactModel.Specs;
using FactModel.Validation;

namespace FactModel.Testing;

/// <summary>
/// A YAML tree and its diagnostics as text: every value with its style and span, every key with its span, every
/// diagnostic with its id, span and message. Two reads agree when their texts are equal. Linked into the generator's
/// tests and the fuzzing harness, which compare the plain reader with YamlDotNet.
/// </summary>
public static class YamlTreeText
{
    /// <summary>The text of <paramref name="root"/> and <paramref name="diagnostics"/>.</summary>
    public static string Of(YamlNode? root, IEnumerable<FactDiagnostic> diagnostics)
    {
        var text = new StringBuilder();
        Write(text, root);
        foreach (var d in diagnostics) text.Append('\n').Append(d.Id).Append(' ').Append(Span(d.Span)).Append(' ').Append(d.Message);
        return text.ToString();
    }

    /// <summary>
    /// Reads <paramref name="text"/> with the plain reader first (as FactModel does) and with YamlDotNet alone; null when
    /// both give the same tree and diagnostics, else the two texts.
    /// </summary>
    public static (string Plain, string YamlDotNet)? Disagreement(string text, string path = "f.yaml")
    {
        string plain = Read(text, path, plainReaderFirst: true), yamlDotNet = Read(text, path, plainReaderFirst: false);
        return plain == yamlDotNet ? null : (plain, yamlDotNet);
    }

    private static string Read(string text, string path, bool plainReaderFirst)
    {
        var diagnostics = new List<FactDiagnostic>();
        var root = YamlTreeReader.Read(text, path, FactFileLimits.Default, diagnostics, plainReaderFirst);
        return Of(root, diagnostics);
    }

    private static string Span(SourceSpan s) => $"{s.StartLine}:{s.StartColumn}-{s.EndLine}:{s.EndColumn}";

    private static void Write(StringBuilder text, YamlNode? node)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case YamlScalar scalar:
                text.Append(scalar.IsPlain ? "plain" : "quoted").Append('[').Append(scalar.Value).Append("]@").Append(Span(scalar.Span));
                break;
            case YamlMapping mapping:
                text.Append("{@").Append(Span(mapping.Span));
                foreach (var entry in mapping.Entries)
                {
                    text.Append(' ').Append(entry.Key.Value).Append('@').Append(Span(entry.Key.Span)).Append('=');
                    Write(text, entry.Value);
                }
                text.Append('}');
                break;
            case YamlSequence sequence:
                text.Append("[@").Append(Span(sequence.Span));
                foreach (var item in sequence.Items)
                {
                    text.Append(' ');
                    Write(text, item);
                }
                text.Append(']');
                break;
        }
    }
}
