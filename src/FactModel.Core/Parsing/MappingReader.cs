using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Validation;
using FactModel.Core.Model;
using FactModel.Specs;
using FactModel.Core.Yaml;

namespace FactModel.Core.Parsing;

/// <summary>
/// Reads the keys of one YAML mapping against the set of keys the format allows there. Every accessor reports what is
/// wrong with its value (FM1003 missing, FM1004 invalid) and returns null, so one broken value never hides the next;
/// <see cref="Finish"/> reports the keys nobody asked for (FM1002, with the nearest allowed key).
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMapping _mapping;
    private readonly string[] _allowedKeys;
    private readonly DiagnosticSink _sink;
    /// <summary>
    /// Which entries an accessor asked for, by position (keys are unique in a mapping): a bit each for the first 64,
    /// as a fact's mapping has a handful of keys (an array for every mapping was a megabyte at 10,000 facts), then
    /// an array for a mapping with more.
    /// </summary>
    private ulong _read;
    private readonly bool[]? _readBeyond;

    // What messages call the mapping ("actors[3]", "Fact 'antony-blinken'", "Fact 'antony-blinken' source") is
    // formatted only when a message needs it, from these parts: most mappings never have a message.
    private string? _context;
    private readonly MappingReader? _parent;
    private readonly string? _what;
    private readonly int _index = -1;
    private string? _factId;

    public MappingReader(YamlMapping mapping, string context, string[] allowedKeys, DiagnosticSink sink)
        : this(mapping, allowedKeys, sink) => _context = context;

    /// <summary>A mapping inside the one <paramref name="parent"/> reads, called "(the parent) <paramref name="what"/>".</summary>
    private MappingReader(YamlMapping mapping, MappingReader parent, string what, string[] allowedKeys, DiagnosticSink sink)
        : this(mapping, allowedKeys, sink)
    {
        _parent = parent;
        _what = what;
    }

    /// <summary>Entry <paramref name="index"/> of a section, called "<paramref name="section"/>[<paramref name="index"/>]".</summary>
    private MappingReader(YamlMapping mapping, string section, int index, string[] allowedKeys, DiagnosticSink sink)
        : this(mapping, allowedKeys, sink)
    {
        _what = section;
        _index = index;
    }

    private MappingReader(YamlMapping mapping, string[] allowedKeys, DiagnosticSink sink)
    {
        _mapping = mapping;
        _allowedKeys = allowedKeys;
        _sink = sink;
        if (mapping.Entries.Count > 64) _readBeyond = new bool[mapping.Entries.Count - 64];
    }

    /// <summary>A reader of entry <paramref name="index"/> of <paramref name="section"/>.</summary>
    public static MappingReader ForEntry(YamlMapping mapping, string section, int index, string[] allowedKeys, DiagnosticSink sink) =>
        new(mapping, section, index, allowedKeys, sink);

    /// <summary>Names the mapping in messages: "Fact 'antony-blinken'".</summary>
    public string Context => _context ??=
        _factId is not null ? $"Fact '{_factId}'"
        : _parent is not null ? _parent.Context + " " + _what
        : $"{_what}[{_index}]";

    /// <summary>From now on, messages call the mapping "Fact '<paramref name="id"/>'".</summary>
    public void NameFact(string id)
    {
        _factId = id;
        _context = null;
    }

    public SourceSpan Span => _mapping.Span;

    /// <summary>Where a missing key is reported: the first key of the mapping, so the line is the fact's own.</summary>
    public SourceSpan AnchorSpan => _mapping.Entries.Count > 0 ? _mapping.Entries[0].Key.Span : _mapping.Span;

    public DiagnosticSink Sink => _sink;

    /// <summary>The value of <paramref name="key"/>, or null when absent or written empty.</summary>
    public YamlNode? Node(string key)
    {
        var entries = _mapping.Entries;
        for (int i = 0; i < entries.Count; i++)
        {
            if (entries[i].Key.Value != key) continue;
            MarkRead(i);
            return entries[i].Value is YamlScalar { IsNull: true } ? null : entries[i].Value;
        }
        return null;
    }

    public YamlScalar? Scalar(string key)
    {
        var node = Node(key);
        if (node is null or YamlScalar) return (YamlScalar?)node;
        Invalid(node, key, node.Describe(), "write a single value");
        return null;
    }

    public string? String(string key) => Scalar(key)?.Value;

    public YamlScalar? RequiredScalar(string key)
    {
        if (Node(key) is null)
        {
            Missing(key);
            return null;
        }
        return Scalar(key);
    }

    /// <summary>A value that may be written once or as a list: <c>within: beirut</c> or <c>within: [beirut, lebanon]</c>.</summary>
    public IReadOnlyList<YamlNode> List(string key) => Node(key) switch
    {
        null => Array.Empty<YamlNode>(),
        YamlSequence sequence => sequence.Items,
        var single => new[] { single },
    };

    /// <summary>
    /// Reads a list of mappings (roles, participants, quotes, sources), each with <paramref name="read"/> against
    /// <paramref name="allowedKeys"/>; an entry that is not a mapping is reported with <paramref name="example"/>.
    /// </summary>
    public EquatableArray<T> Entries<T>(string key, string what, string[] allowedKeys, string example, Func<MappingReader, T?> read) where T : class
    {
        var nodes = List(key);
        if (nodes.Count == 0) return EquatableArray<T>.Empty;
        var items = new T[nodes.Count];
        int count = 0;
        for (int i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is not YamlMapping mapping)
            {
                Invalid(nodes[i], key, what, "write " + example);
                continue;
            }
            var entry = new MappingReader(mapping, this, what, allowedKeys, _sink);
            var item = read(entry);
            entry.Finish();
            if (item is not null) items[count++] = item;
        }
        return Trimmed(items, count);
    }

    public EquatableArray<string> Strings(string key) => Names(key, static s => s.Value);

    public EquatableArray<Reference> References(string key) => Names(key, static s => new Reference(s.Value, s.Span));

    public Reference? Reference(string key) => Scalar(key) is { } s ? new Reference(s.Value, s.Span) : null;

    public Reference? RequiredReference(string key) => RequiredScalar(key) is { } s ? new Reference(s.Value, s.Span) : null;

    /// <summary>A kebab-case word of <typeparamref name="TEnum"/>; <paramref name="fallback"/> when absent.</summary>
    public TEnum Word<TEnum>(string key, TEnum fallback) where TEnum : struct, Enum
    {
        var scalar = Scalar(key);
        if (scalar is null) return fallback;
        if (ScalarForms.TryParseWord<TEnum>(scalar.Value, out var value)) return value;
        Invalid(scalar, key, key, "use one of: " + ScalarForms.WordsOf<TEnum>());
        return fallback;
    }

    /// <summary>A free kebab-case word such as an event kind; <paramref name="example"/> shows one in messages.</summary>
    public string? KebabWord(string key, string example)
    {
        var scalar = Scalar(key);
        if (scalar is null) return null;
        return KebabWordOf(scalar, key, example);
    }

    /// <summary>Checks that an already read scalar is a kebab-case word.</summary>
    public string? KebabWordOf(YamlScalar scalar, string key, string example)
    {
        if (ScalarForms.IsKebabWord(scalar.Value)) return scalar.Value;
        Invalid(scalar, key, key, $"use a lowercase kebab-case word such as '{example}'");
        return null;
    }

    public PartialDate? Date(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null) return null;
        if (PartialDate.TryParse(scalar.Value, out var date)) return date;
        Invalid(scalar, scalar.Value, "date", "use YYYY, YYYY-MM, YYYY-MM-DD or a season and year such as 'summer 2024'");
        return null;
    }

    public void Missing(string key) =>
        _sink.Report(DiagnosticCatalog.MissingKey, AnchorSpan, Context, key);

    /// <summary>Reports FM1004 for <paramref name="node"/>.</summary>
    public void Invalid(YamlNode node, string written, string what, string accepted) =>
        _sink.Report(DiagnosticCatalog.InvalidValue, node.Span, Context, node is YamlScalar s ? s.Value : written, what, accepted);

    /// <summary>
    /// Reports every key of the mapping that no accessor read. Keys that belong under an empty key above them
    /// (<c>source:</c> followed by <c>document:</c> and <c>quote:</c> at its own indentation, which is valid YAML) are
    /// reported once, as a missing indentation.
    /// </summary>
    public void Finish()
    {
        var entries = _mapping.Entries;
        for (int i = 0; i < entries.Count; i++)
        {
            if (IsRead(i)) continue;
            var entry = entries[i];
            string key = entry.Key.Value;
            if (UnindentedUnder(i) is { } parent)
            {
                var children = new List<string>();
                for (int j = i; j < entries.Count && !IsRead(j) && NestedKeysOf(parent).Contains(entries[j].Key.Value); j++)
                {
                    children.Add($"'{entries[j].Key.Value}'");
                    MarkRead(j);
                }
                string listed = children.Count == 1 ? children[0] : string.Join(", ", children.Take(children.Count - 1)) + " and " + children[children.Count - 1];
                _sink.Report(DiagnosticCatalog.UnknownKey, entry.Key.Span, Context, key,
                    $" (did you mean to indent {listed} under '{parent}'?)", string.Join(", ", _allowedKeys));
                continue;
            }
            string? nearest = ScalarForms.Nearest(key, _allowedKeys);
            _sink.Report(DiagnosticCatalog.UnknownKey, entry.Key.Span, Context, key,
                nearest is null ? "" : $" (did you mean '{nearest}'?)", string.Join(", ", _allowedKeys));
        }
    }

    private bool IsRead(int index) => index < 64 ? (_read & (1UL << index)) != 0 : _readBeyond![index - 64];

    private void MarkRead(int index)
    {
        if (index < 64) _read |= 1UL << index;
        else _readBeyond![index - 64] = true;
    }

    /// <summary>
    /// The key written empty just above entry <paramref name="index"/>, at the same column, whose own mapping allows
    /// that entry's key: the entry was meant to be indented under it.
    /// </summary>
    private string? UnindentedUnder(int index)
    {
        if (index == 0) return null;
        var above = _mapping.Entries[index - 1];
        var entry = _mapping.Entries[index];
        return above.Value is YamlScalar { IsNull: true }
            && above.Key.Span.StartColumn == entry.Key.Span.StartColumn
            && NestedKeysOf(above.Key.Value).Contains(entry.Key.Value)
            ? above.Key.Value : null;
    }

    /// <summary>The keys a value written as a mapping allows, for the keys whose value may be one.</summary>
    private static IReadOnlyList<string> NestedKeysOf(string key) => key switch
    {
        "source" => FactFileParser.SourceKeys,
        "date" => FactFileParser.DateRangeKeys,
        "value" => FactFileParser.RangeKeys,
        _ => Array.Empty<string>(),
    };

    /// <summary>The names written under <paramref name="key"/>, once or as a list; an item that is not a name is reported.</summary>
    private EquatableArray<T> Names<T>(string key, Func<YamlScalar, T> convert)
    {
        var nodes = List(key);
        if (nodes.Count == 0) return EquatableArray<T>.Empty;
        var names = new T[nodes.Count];
        int count = 0;
        for (int i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is YamlScalar { IsNull: false } scalar) names[count++] = convert(scalar);
            else Invalid(nodes[i], key, key, "write a name or a list of names");
        }
        return Trimmed(names, count);
    }

    /// <summary>The first <paramref name="count"/> items (all of them, unless some were reported and left out).</summary>
    internal static EquatableArray<T> Trimmed<T>(T[] items, int count)
    {
        if (count < items.Length) Array.Resize(ref items, count);
        return new EquatableArray<T>(items);
    }
}

/// <summary>Collects the diagnostics of one file.</summary>
internal sealed class DiagnosticSink
{
    public DiagnosticSink(string filePath) => FilePath = filePath;

    public string FilePath { get; }

    public List<FactDiagnostic> Diagnostics { get; } = new();

    public void Report(DiagnosticDescriptorInfo descriptor, SourceSpan span, params object[] args) =>
        Diagnostics.Add(FactDiagnostic.Create(descriptor, FilePath, span, args));
}
