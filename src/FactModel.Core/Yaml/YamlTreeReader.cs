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
/// Reads YAML text into a <see cref="YamlNode"/> tree from YamlDotNet's event stream (the fastest way YamlDotNet
/// offers), with an explicit stack instead of recursion so that deep nesting cannot overflow the compiler's stack.
/// Problems become diagnostics: malformed YAML and repeated keys (FM1001), input over a limit (FM1008).
/// </summary>
public static class YamlTreeReader
{
    private static readonly Regex MarkPrefix = new(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

    /// <summary>Reads the single YAML document of <paramref name="text"/>; null when the file is empty or broken.</summary>
    public static YamlNode? Read(string text, string filePath, FactFileLimits limits, List<FactDiagnostic> diagnostics,
        CancellationToken cancellationToken = default)
    {
        if (text.Length > limits.MaxFileSize)
        {
            diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.ResourceLimit, filePath, default,
                $"The file ({text.Length:N0} characters)", $"{limits.MaxFileSize:N0} characters",
                "split it into several fact files or raise the MSBuild property FactModelMaxFileSize"));
            return null;
        }

        var builder = new TreeBuilder(filePath, limits, diagnostics);
        try
        {
            // A byte order mark that survived decoding is not part of the YAML (nor a column of line 1).
            var reader = new StringReader(text);
            if (text.Length > 0 && text[0] == '\uFEFF') reader.Read();
            var parser = new Parser(reader);
            while (MoveNext(parser, builder, filePath, diagnostics))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!builder.Accept(parser.Current!)) return null;
            }
            return diagnostics.Count > 0 && builder.Root is null ? null : builder.Root;
        }
        catch (YamlException e)
        {
            // YamlDotNet's Start is where the construct began (a mapping, maybe far above); End is where it broke,
            // except for tabs, which it reports at the mapping: find the tab itself.
            var span = e.Message.Contains("tab") && FirstIndentingTab(text) is { } tab ? tab : SpanOf(e.End, e.End);
            diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.MalformedYaml, filePath, span,
                "Malformed YAML: " + MarkPrefix.Replace(e.Message, "")));
            return null;
        }
    }

    /// <summary>
    /// Advances the parser. YamlDotNet reports bad YAML as <see cref="YamlException"/>, handled by the caller, but a few
    /// inputs (control characters inside flow collections, found by the property tests) make it throw other
    /// exceptions: those are malformed YAML too, reported after the last node that was read.
    /// </summary>
    private static bool MoveNext(Parser parser, TreeBuilder builder, string filePath, List<FactDiagnostic> diagnostics)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e) when (e is not YamlException and not OperationCanceledException)
        {
            diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.MalformedYaml, filePath, builder.LastSpan,
                $"Malformed YAML after this point: the YAML reader stopped ({e.GetType().Name}); look for a stray control character"));
            return false;
        }
    }

    private static SourceSpan? FirstIndentingTab(string text)
    {
        int line = 0, column = 0;
        bool indenting = true;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 0;
                indenting = true;
                continue;
            }
            if (indenting && c == '\t') return new SourceSpan(line, column, line, column + 1);
            if (c != ' ' && c != '-' && c != '\r') indenting = false;
            column++;
        }
        return null;
    }

    /// <summary>
    /// The span between two of YamlDotNet's one-based marks. Some malformed input (a list used as a mapping key, found
    /// by fuzzing) gives an end before the start, which Roslyn refuses as a location: such an end is the start.
    /// </summary>
    internal static SourceSpan SpanOf(Mark start, Mark end) => SourceSpan.Between(
        (int)Math.Max(0, start.Line - 1), (int)Math.Max(0, start.Column - 1), (int)Math.Max(0, end.Line - 1), (int)Math.Max(0, end.Column - 1));

    /// <summary>Builds the tree one parser event at a time.</summary>
    private sealed class TreeBuilder
    {
        private readonly string _filePath;
        private readonly FactFileLimits _limits;
        private readonly List<FactDiagnostic> _diagnostics;
        private readonly Stack<OpenNode> _open = new();
        private readonly Dictionary<string, (YamlNode Node, int Size)> _anchors = new();
        private int _documents;
        private long _expanded;

        public TreeBuilder(string filePath, FactFileLimits limits, List<FactDiagnostic> diagnostics)
        {
            _filePath = filePath;
            _limits = limits;
            _diagnostics = diagnostics;
        }

        public YamlNode? Root { get; private set; }

        /// <summary>Where the last event ended: the best position for an error the parser cannot place.</summary>
        public SourceSpan LastSpan { get; private set; }

        /// <summary>Takes one event; false when reading must stop.</summary>
        public bool Accept(ParsingEvent e)
        {
            LastSpan = SpanOf(e.End, e.End);
            switch (e)
            {
                case DocumentStart start when !start.IsImplicit || _documents > 0:
                    if (++_documents > 1)
                    {
                        Report(DiagnosticCatalog.MalformedYaml, SpanOf(e.Start, e.End),
                            "A fact file holds one YAML document, but a second one starts here; move it into its own file");
                        return false;
                    }
                    return true;
                case DocumentStart:
                    _documents++;
                    return true;
                case Scalar scalar:
                    var node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, SpanOf(e.Start, e.End));
                    return Complete(node, 1, scalar.Anchor);
                case AnchorAlias alias:
                    if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                    {
                        Report(DiagnosticCatalog.MalformedYaml, SpanOf(e.Start, e.End), $"Malformed YAML: the alias '*{alias.Value}' has no anchor before it");
                        return false;
                    }
                    _expanded += anchored.Size;
                    if (_expanded > _limits.MaxAliasExpansion)
                    {
                        Report(DiagnosticCatalog.ResourceLimit, SpanOf(e.Start, e.End), "Alias expansion", $"{_limits.MaxAliasExpansion:N0} nodes",
                            "write the values out instead of nesting aliases, or raise the MSBuild property FactModelMaxAliasExpansion");
                        return false;
                    }
                    return Complete(anchored.Node, anchored.Size, AnchorName.Empty);
                case MappingStart mapping:
                    return Open(new OpenNode(isMapping: true, e.Start, mapping.Anchor));
                case SequenceStart sequence:
                    return Open(new OpenNode(isMapping: false, e.Start, sequence.Anchor));
                case MappingEnd:
                case SequenceEnd:
                    var open = _open.Pop();
                    return Complete(open.Close(SpanOf(open.Start, e.End)), open.Size, open.Anchor);
                default:
                    return true;
            }
        }

        private bool Open(OpenNode node)
        {
            if (_open.Count >= _limits.MaxDepth)
            {
                Report(DiagnosticCatalog.ResourceLimit, SpanOf(node.Start, node.Start), "Nesting", $"{_limits.MaxDepth} levels",
                    "flatten the structure, or raise the MSBuild property FactModelMaxDepth");
                return false;
            }
            _open.Push(node);
            return true;
        }

        private bool Complete(YamlNode node, int size, AnchorName anchor)
        {
            if (!anchor.IsEmpty) _anchors[anchor.Value] = (node, size);
            if (_open.Count == 0)
            {
                Root = node;
                return true;
            }

            var parent = _open.Peek();
            parent.Size += size;
            if (!parent.IsMapping)
            {
                parent.Items.Add(node);
                return true;
            }

            if (parent.PendingKey is null)
            {
                if (node is not YamlScalar key)
                {
                    Report(DiagnosticCatalog.MalformedYaml, node.Span, "Malformed YAML: a key must be plain text, not " + node.Describe());
                    return false;
                }
                parent.PendingKey = key;
                return true;
            }

            var pendingKey = parent.PendingKey;
            parent.PendingKey = null;
            if (parent.KeyLines.TryGetValue(pendingKey.Value, out int firstLine))
            {
                // A repeated key is an error, never "last wins": the first value is kept and the repeat reported.
                Report(DiagnosticCatalog.MalformedYaml, pendingKey.Span,
                    $"The key '{pendingKey.Value}' appears twice in the same mapping (first on line {firstLine + 1}); remove one");
                return true;
            }
            parent.KeyLines.Add(pendingKey.Value, pendingKey.Span.StartLine);
            parent.Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(pendingKey, node));
            return true;
        }

        private void Report(DiagnosticDescriptorInfo descriptor, SourceSpan span, params object[] args) =>
            _diagnostics.Add(FactDiagnostic.Create(descriptor, _filePath, span, args));
    }

    /// <summary>A mapping or sequence whose end has not been read yet.</summary>
    private sealed class OpenNode
    {
        public OpenNode(bool isMapping, Mark start, AnchorName anchor)
        {
            IsMapping = isMapping;
            Start = start;
            Anchor = anchor;
        }

        public bool IsMapping { get; }
        public Mark Start { get; }
        public AnchorName Anchor { get; }
        public int Size { get; set; } = 1;
        public YamlScalar? PendingKey { get; set; }
        public List<YamlNode> Items { get; } = new();
        public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = new();
        public Dictionary<string, int> KeyLines { get; } = new();

        public YamlNode Close(SourceSpan span) => IsMapping ? new YamlMapping(Entries, span) : new YamlSequence(Items, span);
    }
}
