using System;
using System.Collections.Generic;
using FactModel.Specs;
using FactModel.Validation;

namespace FactModel.Core.Yaml;

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from a stream of nodes, whichever reader produced them (<see cref="PlainYamlReader"/>
/// or YamlDotNet's parser, in <see cref="YamlTreeReader"/>), so that the rules of the tree live in one place: a repeated
/// key is an error (FM1001), nesting and alias expansion have limits (FM1008). Positions are zero-based.
/// </summary>
/// <remarks>
/// The children of every open mapping and list wait in two lists shared by all of them (a node's children are the tail
/// that starts at its <see cref="OpenNode.ChildStart"/>, since a child is always closed before its parent reads on) and
/// are copied into an array of the exact size when the node closes: a file allocates its nodes and their arrays, not a
/// growing list and a key dictionary per node.
/// </remarks>
internal sealed class YamlTreeBuilder
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
    private long _expanded;

    public YamlTreeBuilder(string filePath, FactFileLimits limits, List<FactDiagnostic> diagnostics, Dictionary<string, string> shared)
    {
        _shared = shared;
        _filePath = filePath;
        _limits = limits;
        _diagnostics = diagnostics;
    }

    /// <summary>The finished tree: null until the outermost node is complete.</summary>
    public YamlNode? Root { get; private set; }

    /// <summary>The table of the short values shared so far, empty before the first.</summary>
    public Dictionary<string, string> SharedValues => _shared;

    /// <summary>A scalar (a key, when the open mapping waits for one); false when reading must stop.</summary>
    public bool Scalar(string value, bool isPlain, SourceSpan span, string? anchor = null)
    {
        if (anchor is null && _depth > 0 && _open[_depth - 1] is { IsMapping: true, PendingKey: null } mapping)
        {
            // A key, which needs no node of its own (Complete does the same for a key that has one: an anchored one).
            mapping.Size++;
            mapping.PendingKey = new YamlKey(Shared(value), span);
            return true;
        }
        return Complete(new YamlScalar(Shared(value), isPlain, span), 1, anchor);
    }

    /// <summary>Opens a mapping or a list that starts at the given position; false when reading must stop.</summary>
    public bool Open(bool isMapping, int line, int column, string? anchor = null)
    {
        if (_depth >= _limits.MaxDepth)
        {
            Report(DiagnosticCatalog.ResourceLimit, new SourceSpan(line, column, line, column), "Nesting", $"{_limits.MaxDepth} levels",
                "flatten the structure, or raise the MSBuild property FactModelMaxDepth");
            return false;
        }
        // One OpenNode per depth, reused by every node opened at that depth.
        if (_depth == _open.Count) _open.Add(new OpenNode());
        _open[_depth++].Reset(isMapping, line, column, anchor, isMapping ? _entries.Count : _items.Count);
        return true;
    }

    /// <summary>Closes the innermost open mapping or list, which ends at the given position.</summary>
    public bool Close(int endLine, int endColumn)
    {
        var open = _open[--_depth];
        var span = SourceSpan.Between(open.Line, open.Column, endLine, endColumn);
        var closed = open.IsMapping
            ? (YamlNode)new YamlMapping(TakeFrom(_entries, open.ChildStart), span)
            : new YamlSequence(TakeFrom(_items, open.ChildStart), span);
        return Complete(closed, open.Size, open.Anchor);
    }

    /// <summary>An alias: the node of its anchor again; false when there is none, or the expansion is over the limit.</summary>
    public bool Alias(string name, SourceSpan span)
    {
        if (!_anchors.TryGetValue(name, out var anchored))
        {
            Report(DiagnosticCatalog.MalformedYaml, span, $"Malformed YAML: the alias '*{name}' has no anchor before it");
            return false;
        }
        _expanded += anchored.Size;
        if (_expanded > _limits.MaxAliasExpansion)
        {
            Report(DiagnosticCatalog.ResourceLimit, span, "Alias expansion", $"{_limits.MaxAliasExpansion:N0} nodes",
                "write the values out instead of nesting aliases, or raise the MSBuild property FactModelMaxAliasExpansion");
            return false;
        }
        return Complete(anchored.Node, anchored.Size, null);
    }

    /// <summary>Reports a problem of the YAML at <paramref name="span"/>.</summary>
    public void Report(DiagnosticDescriptorInfo descriptor, SourceSpan span, params object[] args) =>
        _diagnostics.Add(FactDiagnostic.Create(descriptor, _filePath, span, args));

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

    private bool Complete(YamlNode node, int size, string? anchor)
    {
        if (anchor is not null) _anchors[anchor] = (node, size);
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

    /// <summary>A mapping or sequence whose end has not been read yet; its children wait in the builder's lists.</summary>
    private sealed class OpenNode
    {
        public bool IsMapping { get; private set; }
        public int Line { get; private set; }
        public int Column { get; private set; }
        public string? Anchor { get; private set; }
        /// <summary>Where the node's children start in the builder's list of entries (a mapping) or items (a list).</summary>
        public int ChildStart { get; private set; }
        public int Size { get; set; }
        public YamlKey? PendingKey { get; set; }
        /// <summary>The line of each key, once the mapping has too many keys to look through.</summary>
        public Dictionary<string, int>? KeyLines { get; set; }

        public void Reset(bool isMapping, int line, int column, string? anchor, int childStart)
        {
            IsMapping = isMapping;
            Line = line;
            Column = column;
            Anchor = anchor;
            ChildStart = childStart;
            Size = 1;
            PendingKey = null;
            KeyLines = null;
        }
    }
}
