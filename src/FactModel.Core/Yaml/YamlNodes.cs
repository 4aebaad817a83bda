using System.Collections.Generic;
using FactModel.Specs;

namespace FactModel.Core.Yaml;

/// <summary>
/// A node of a fact file's YAML, with its span. FactModel reads YAML into this small tree (rather than into classes)
/// so that every value keeps its position for diagnostics, every scalar stays the text that was written (YAML 1.1's
/// <c>NO</c> is the string "NO"), and unknown or repeated keys can be reported instead of silently dropped.
/// </summary>
public abstract class YamlNode
{
    /// <summary>Creates a node.</summary>
    protected YamlNode(SourceSpan span) => Span = span;

    /// <summary>Where the node is written.</summary>
    public SourceSpan Span { get; }

    /// <summary>"a mapping", "a list", "text": used in messages.</summary>
    public abstract string Describe();
}

/// <summary>A scalar, as the text written in the file.</summary>
public sealed class YamlScalar : YamlNode
{
    /// <summary>Creates a scalar.</summary>
    public YamlScalar(string value, bool isPlain, SourceSpan span) : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    /// <summary>The scalar's text.</summary>
    public string Value { get; }

    /// <summary>True when the scalar was written without quotes or block indicators.</summary>
    public bool IsPlain { get; }

    /// <summary>True for an empty plain scalar or a plain <c>~</c> / <c>null</c>: "no value".</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    /// <inheritdoc/>
    public override string Describe() => IsNull ? "an empty value" : "text";
}

/// <summary>
/// A mapping's key: the text written and where. Not a node: a file has about as many keys as values, and a key needs
/// only its text and its place (for messages), so keys live inside their mapping's entries rather than as objects.
/// </summary>
public readonly record struct YamlKey(string Value, SourceSpan Span);

/// <summary>An entry of a mapping: a key and its value.</summary>
public readonly record struct YamlEntry(YamlKey Key, YamlNode Value);

/// <summary>A mapping of scalar keys to nodes, in the order written. Keys are unique (the reader reports repeats).</summary>
public sealed class YamlMapping : YamlNode
{
    /// <summary>Creates a mapping.</summary>
    public YamlMapping(IReadOnlyList<YamlEntry> entries, SourceSpan span) : base(span) => Entries = entries;

    /// <summary>The entries in the order written.</summary>
    public IReadOnlyList<YamlEntry> Entries { get; }

    /// <inheritdoc/>
    public override string Describe() => "a mapping";
}

/// <summary>A sequence of nodes.</summary>
public sealed class YamlSequence : YamlNode
{
    /// <summary>Creates a sequence.</summary>
    public YamlSequence(IReadOnlyList<YamlNode> items, SourceSpan span) : base(span) => Items = items;

    /// <summary>The items in order.</summary>
    public IReadOnlyList<YamlNode> Items { get; }

    /// <inheritdoc/>
    public override string Describe() => "a list";
}
