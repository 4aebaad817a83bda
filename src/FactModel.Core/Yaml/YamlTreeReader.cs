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

        var builder = new TreeBuilder(filePath, limits, diagnostics, SharedStrings.Take());
        try
        {
            // A byte order mark that survived decoding is not part of the YAML (nor a column of line 1).
            var reader = new StringReader(text);
            if (text.Length > 0 && text[0] == '\uFEFF') reader.Read();
            var parser = new Parser(reader);
            while (MoveNext(parser, builder, text, filePath, diagnostics))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!builder.Accept(parser.Current!)) return null;
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
        finally
        {
            SharedStrings.Give(builder.SharedValues);
        }
    }

    /// <summary>
    /// The table of shared short values (see TreeBuilder.Shared), one per thread, emptied and reused by the
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
    private static bool MoveNext(Parser parser, TreeBuilder builder, string text, string filePath, List<FactDiagnostic> diagnostics)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e) when (e is not YamlException and not OperationCanceledException)
        {
            // An unclosed bracket followed by more lines stops YamlDotNet this way too.
            var (span, message) = YamlMistakes.ExplainCrash(WithoutByteOrderMark(text), e.GetType().Name)
                ?? (builder.LastSpan, $"Malformed YAML after this point: the YAML reader stopped ({e.GetType().Name}); look for a stray control character");
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

    /// <summary>
    /// Builds the tree one parser event at a time. The children of every open mapping and list wait in two lists
    /// shared by all of them (a node's children are the tail that starts at its <see cref="OpenNode.ChildStart"/>,
    /// since a child is always closed before its parent reads on) and are copied into an array of the exact size when
    /// the node closes: a file allocates its nodes and their arrays, not a growing list and a key dictionary per node.
    /// </summary>
    private sealed class TreeBuilder
    {
        /// <summary>Up to this many keys, a repeated key is found by looking through the mapping's keys.</summary>
        private const int KeysScannedWithoutIndex = 16;

        /// <summary>Values up to this many characters are shared (see <see cref="Shared"/>).</summary>
        private const int MaxSharedLength = 32;

        private readonly string _filePath;
        private readonly FactFileLimits _limits;
        private readonly List<FactDiagnostic> _diagnostics;
        private readonly List<OpenNode> _open = new();
        private readonly List<YamlNode> _items = new();
        private readonly List<YamlEntry> _entries = new();
        private readonly Dictionary<string, (YamlNode Node, int Size)> _anchors = new();
        private readonly Dictionary<string, string> _shared;
        private int _depth;
        private int _documents;
        private long _expanded;
        private Mark _lastEnd;

        public TreeBuilder(string filePath, FactFileLimits limits, List<FactDiagnostic> diagnostics, Dictionary<string, string> shared)
        {
            _shared = shared;
            _filePath = filePath;
            _limits = limits;
            _diagnostics = diagnostics;
        }

        public YamlNode? Root { get; private set; }

        /// <summary>The table of the short values shared so far, empty before the first.</summary>
        public Dictionary<string, string> SharedValues => _shared;

        /// <summary>Where the last event ended: the best position for an error the parser cannot place.</summary>
        public SourceSpan LastSpan => SpanOf(_lastEnd, _lastEnd);

        /// <summary>Takes one event; false when reading must stop.</summary>
        public bool Accept(ParsingEvent e)
        {
            _lastEnd = e.End;
            switch (e)
            {
                case Scalar scalar when scalar.Anchor.IsEmpty && _depth > 0 && _open[_depth - 1] is { IsMapping: true, PendingKey: null } mapping:
                    // A key, which needs no node of its own (Complete does the same for a key that has one: an anchored one).
                    mapping.Size++;
                    mapping.PendingKey = new YamlKey(Shared(scalar.Value), SpanOf(e.Start, e.End));
                    return true;
                case Scalar scalar:
                    var node = new YamlScalar(Shared(scalar.Value), scalar.Style == ScalarStyle.Plain, SpanOf(e.Start, e.End));
                    return Complete(node, 1, scalar.Anchor);
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
                    return Open(isMapping: true, e.Start, mapping.Anchor);
                case SequenceStart sequence:
                    return Open(isMapping: false, e.Start, sequence.Anchor);
                case MappingEnd:
                case SequenceEnd:
                    var open = _open[--_depth];
                    var closed = open.IsMapping
                        ? (YamlNode)new YamlMapping(TakeFrom(_entries, open.ChildStart), SpanOf(open.Start, e.End))
                        : new YamlSequence(TakeFrom(_items, open.ChildStart), SpanOf(open.Start, e.End));
                    return Complete(closed, open.Size, open.Anchor);
                default:
                    return true;
            }
        }

        /// <summary>
        /// One string for each short value the file repeats (units, roles, kinds, document names, ids referred to).
        /// The parsed facts outlive the parse, and at 10,000 facts a third of the strings they hold are copies of
        /// another: sharing them leaves the garbage collector less to copy (cold runs at 50,000 facts 2-4% faster).
        /// Long values (names, quotes) are seldom repeated and not worth hashing.
        /// </summary>
        private string Shared(string value)
        {
            if (value.Length > MaxSharedLength) return value;
            if (_shared.TryGetValue(value, out var shared)) return shared;
            _shared.Add(value, value);
            return value;
        }

        private bool Open(bool isMapping, Mark start, AnchorName anchor)
        {
            if (_depth >= _limits.MaxDepth)
            {
                Report(DiagnosticCatalog.ResourceLimit, SpanOf(start, start), "Nesting", $"{_limits.MaxDepth} levels",
                    "flatten the structure, or raise the MSBuild property FactModelMaxDepth");
                return false;
            }
            // One OpenNode per depth, reused by every node opened at that depth.
            if (_depth == _open.Count) _open.Add(new OpenNode());
            _open[_depth++].Reset(isMapping, start, anchor, isMapping ? _entries.Count : _items.Count);
            return true;
        }

        private bool Complete(YamlNode node, int size, AnchorName anchor)
        {
            if (!anchor.IsEmpty) _anchors[anchor.Value] = (node, size);
            if (_depth == 0)
            {
                Root = node;
                return true;
            }

            var parent = _open[_depth - 1];
            parent.Size += size;
            if (!parent.IsMapping)
            {
                _items.Add(node);
                return true;
            }

            if (parent.PendingKey is null)
            {
                if (node is not YamlScalar key)
                {
                    Report(DiagnosticCatalog.MalformedYaml, node.Span, "Malformed YAML: a key must be plain text, not " + node.Describe());
                    return false;
                }
                parent.PendingKey = new YamlKey(key.Value, key.Span);
                return true;
            }

            var pendingKey = parent.PendingKey.Value;
            parent.PendingKey = null;
            if (FirstLineOf(parent, pendingKey.Value) is { } firstLine)
            {
                // A repeated key is an error, never "last wins": the first value is kept and the repeat reported.
                Report(DiagnosticCatalog.MalformedYaml, pendingKey.Span,
                    $"The key '{pendingKey.Value}' appears twice in the same mapping (first on line {firstLine + 1}); remove one");
                return true;
            }
            parent.KeyLines?.Add(pendingKey.Value, pendingKey.Span.StartLine);
            _entries.Add(new YamlEntry(pendingKey, node));
            return true;
        }

        /// <summary>
        /// The line of <paramref name="key"/> if the open mapping already has it. Fact mappings have a handful of keys,
        /// which are looked through; a mapping that grows past that gets a dictionary, so that a file with a huge
        /// mapping still takes linear time.
        /// </summary>
        private int? FirstLineOf(OpenNode mapping, string key)
        {
            if (mapping.KeyLines is { } keyLines) return keyLines.TryGetValue(key, out int line) ? line : null;
            for (int i = mapping.ChildStart; i < _entries.Count; i++)
            {
                if (_entries[i].Key.Value == key) return _entries[i].Key.Span.StartLine;
            }
            if (_entries.Count - mapping.ChildStart >= KeysScannedWithoutIndex)
            {
                mapping.KeyLines = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int i = mapping.ChildStart; i < _entries.Count; i++) mapping.KeyLines.Add(_entries[i].Key.Value, _entries[i].Key.Span.StartLine);
            }
            return null;
        }

        /// <summary>Moves the items from <paramref name="start"/> on out of <paramref name="list"/> into an array.</summary>
        private static T[] TakeFrom<T>(List<T> list, int start)
        {
            int count = list.Count - start;
            if (count == 0) return Array.Empty<T>();
            var items = new T[count];
            list.CopyTo(start, items, 0, count);
            list.RemoveRange(start, count);
            return items;
        }

        private void Report(DiagnosticDescriptorInfo descriptor, SourceSpan span, params object[] args) =>
            _diagnostics.Add(FactDiagnostic.Create(descriptor, _filePath, span, args));
    }

    /// <summary>A mapping or sequence whose end has not been read yet; its children wait in the builder's lists.</summary>
    private sealed class OpenNode
    {
        public bool IsMapping { get; private set; }
        public Mark Start { get; private set; }
        public AnchorName Anchor { get; private set; }
        /// <summary>Where the node's children start in the builder's list of entries (a mapping) or items (a list).</summary>
        public int ChildStart { get; private set; }
        public int Size { get; set; }
        public YamlKey? PendingKey { get; set; }
        /// <summary>The line of each key, once the mapping has too many keys to look through.</summary>
        public Dictionary<string, int>? KeyLines { get; set; }

        public void Reset(bool isMapping, Mark start, AnchorName anchor, int childStart)
        {
            IsMapping = isMapping;
            Start = start;
            Anchor = anchor;
            ChildStart = childStart;
            Size = 1;
            PendingKey = null;
            KeyLines = null;
        }
    }
}
