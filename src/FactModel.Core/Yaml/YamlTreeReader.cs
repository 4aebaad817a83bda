using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using FactModel.Validation;
using FactModel.Specs;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactModel.Core.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="YamlNode"/> tree: with <see cref="PlainYamlReader"/> when the file is the plain
/// block YAML fact files are written in, else from YamlDotNet's event stream (the fastest way YamlDotNet offers). Both
/// feed <see cref="YamlTreeBuilder"/>, with explicit stacks instead of recursion so that deep nesting cannot overflow
/// the compiler's stack. Problems become diagnostics: malformed YAML and repeated keys (FM1001), input over a limit
/// (FM1008); YamlDotNet's errors are put in plain words by <see cref="YamlMistakes"/>.
/// </summary>
public static class YamlTreeReader
{
    private static readonly Regex MarkPrefix = new(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

    /// <summary>Reads the single YAML document of <paramref name="text"/>; null when the file is empty or broken.</summary>
    public static YamlNode? Read(string text, string filePath, FactFileLimits limits, List<FactDiagnostic> diagnostics,
        CancellationToken cancellationToken = default) =>
        Read(text, filePath, limits, diagnostics, plainReaderFirst: true, cancellationToken);

    /// <summary>
    /// The same; <paramref name="plainReaderFirst"/> false reads with YamlDotNet alone (tests compare the two readers).
    /// </summary>
    internal static YamlNode? Read(string text, string filePath, FactFileLimits limits, List<FactDiagnostic> diagnostics,
        bool plainReaderFirst, CancellationToken cancellationToken = default)
    {
        if (text.Length > limits.MaxFileSize)
        {
            diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.ResourceLimit, filePath, default,
                $"The file ({text.Length:N0} characters)", $"{limits.MaxFileSize:N0} characters",
                "split it into several fact files or raise the MSBuild property FactModelMaxFileSize"));
            return null;
        }

        var shared = SharedStrings.Take();
        try
        {
            // A byte order mark that survived decoding is not part of the YAML (nor a column of line 1).
            int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            if (plainReaderFirst)
            {
                // Most fact files are written in plain block YAML, which PlainYamlReader reads several times faster;
                // it declines anything else (and anything wrong), and YamlDotNet reads the file from the start.
                int reported = diagnostics.Count;
                var plain = new YamlTreeBuilder(filePath, limits, diagnostics, shared);
                switch (PlainYamlReader.TryRead(text, start, plain, cancellationToken))
                {
                    case PlainYamlReader.Result.Read:
                        return plain.Root;
                    case PlainYamlReader.Result.Stopped:
                        return null;
                }
                diagnostics.RemoveRange(reported, diagnostics.Count - reported);
            }
            return ReadWithYamlDotNet(text, start, new YamlTreeBuilder(filePath, limits, diagnostics, shared), filePath, diagnostics, cancellationToken);
        }
        finally
        {
            SharedStrings.Give(shared);
        }
    }

    private static YamlNode? ReadWithYamlDotNet(string text, int start, YamlTreeBuilder builder, string filePath, List<FactDiagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        var events = new EventReader(builder, filePath, diagnostics);
        try
        {
            var reader = new StringReader(text);
            if (start > 0) reader.Read();
            var parser = new Parser(reader);
            while (MoveNext(parser, events, text, filePath, diagnostics))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!events.Accept(parser.Current!)) return null;
            }
            return diagnostics.Count > 0 && builder.Root is null ? null : builder.Root;
        }
        catch (YamlException e)
        {
            // YamlDotNet's Start is where the construct began (a mapping, maybe far above); End is where it broke.
            // YamlMistakes finds the place to edit from the text around them and says what is wrong in plain words.
            var (span, message) = YamlMistakes.Explain(WithoutByteOrderMark(text), MarkPrefix.Replace(e.Message, ""),
                SpanOf(e.Start, e.Start), SpanOf(e.End, e.End));
            diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.MalformedYaml, filePath, span, message));
            return null;
        }
    }

    /// <summary>
    /// The table of shared short values (see YamlTreeBuilder.Shared), one per thread, emptied and reused by the
    /// next file: a table grown afresh for every file was two megabytes at 10,000 facts. One that grew past
    /// <see cref="MaxKept"/> values is dropped, so that a huge file does not leave a huge table behind.
    /// </summary>
    private static class SharedStrings
    {
        private const int MaxKept = 8192;

        [ThreadStatic] private static Dictionary<string, string>? _spare;

        public static Dictionary<string, string> Take()
        {
            var table = _spare ?? new Dictionary<string, string>(StringComparer.Ordinal);
            _spare = null;
            return table;
        }

        public static void Give(Dictionary<string, string> table)
        {
            if (table.Count > MaxKept) return;
            table.Clear();
            _spare = table;
        }
    }

    private static string WithoutByteOrderMark(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;

    /// <summary>
    /// Advances the parser. YamlDotNet reports bad YAML as <see cref="YamlException"/>, handled by the caller, but a few
    /// inputs (control characters inside flow collections, found by the property tests) make it throw other
    /// exceptions: those are malformed YAML too, reported after the last node that was read.
    /// </summary>
    private static bool MoveNext(Parser parser, EventReader events, string text, string filePath, List<FactDiagnostic> diagnostics)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e) when (e is not YamlException and not OperationCanceledException)
        {
            // An unclosed bracket followed by more lines stops YamlDotNet this way too.
            var (span, message) = YamlMistakes.ExplainCrash(WithoutByteOrderMark(text), e.GetType().Name)
                ?? (events.LastSpan, $"Malformed YAML after this point: the YAML reader stopped ({e.GetType().Name}); look for a stray control character");
            diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.MalformedYaml, filePath, span, message));
            return false;
        }
    }

    /// <summary>
    /// The span between two of YamlDotNet's one-based marks. Some malformed input (a list used as a mapping key, found
    /// by fuzzing) gives an end before the start, which Roslyn refuses as a location: such an end is the start.
    /// </summary>
    internal static SourceSpan SpanOf(Mark start, Mark end) => SourceSpan.Between(
        (int)Math.Max(0, start.Line - 1), (int)Math.Max(0, start.Column - 1), (int)Math.Max(0, end.Line - 1), (int)Math.Max(0, end.Column - 1));

    /// <summary>Hands YamlDotNet's events to the tree builder, with their positions made zero-based.</summary>
    private sealed class EventReader
    {
        private readonly YamlTreeBuilder _builder;
        private readonly string _filePath;
        private readonly List<FactDiagnostic> _diagnostics;
        private int _documents;
        private Mark _lastEnd;

        public EventReader(YamlTreeBuilder builder, string filePath, List<FactDiagnostic> diagnostics)
        {
            _builder = builder;
            _filePath = filePath;
            _diagnostics = diagnostics;
        }

        /// <summary>Where the last event ended: the best position for an error the parser cannot place.</summary>
        public SourceSpan LastSpan => SpanOf(_lastEnd, _lastEnd);

        /// <summary>Takes one event; false when reading must stop.</summary>
        public bool Accept(ParsingEvent e)
        {
            _lastEnd = e.End;
            switch (e)
            {
                case Scalar scalar:
                    return _builder.Scalar(scalar.Value, scalar.Style == ScalarStyle.Plain, SpanOf(e.Start, e.End), AnchorOf(scalar.Anchor));
                case DocumentStart start when !start.IsImplicit || _documents > 0:
                    if (++_documents > 1)
                    {
                        _diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.MalformedYaml, _filePath, SpanOf(e.Start, e.End),
                            "A fact file holds one YAML document, but a second one starts here; move it into its own file"));
                        return false;
                    }
                    return true;
                case DocumentStart:
                    _documents++;
                    return true;
                case AnchorAlias alias:
                    return _builder.Alias(alias.Value.Value, SpanOf(e.Start, e.End));
                case MappingStart mapping:
                    return Open(isMapping: true, e.Start, mapping.Anchor);
                case SequenceStart sequence:
                    return Open(isMapping: false, e.Start, sequence.Anchor);
                case MappingEnd:
                case SequenceEnd:
                    var end = SpanOf(e.End, e.End);
                    return _builder.Close(end.StartLine, end.StartColumn);
                default:
                    return true;
            }
        }

        private bool Open(bool isMapping, Mark start, AnchorName anchor)
        {
            var at = SpanOf(start, start);
            return _builder.Open(isMapping, at.StartLine, at.StartColumn, AnchorOf(anchor));
        }

        private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;
    }
}
