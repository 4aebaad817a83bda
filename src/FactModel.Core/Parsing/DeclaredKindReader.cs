using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Core.Kinds;
using FactModel.Core.Yaml;
using FactModel.Specs;
using FactModel.Validation;

namespace FactModel.Core.Parsing;

/// <summary>
/// Reads what a project's own kinds add to a fact file: the sections they declare (<c>casualty-reports:</c>), the
/// facts of built-in sections that name a declared kind (<c>kind: politician</c> among the actors), and the values of
/// declared fields, each read by its declared type. One per parse of a file in a project that declares kinds.
/// </summary>
internal sealed class DeclaredKindReader
{
    private readonly ProjectKinds _kinds;
    private readonly KindCatalog _catalog;

    /// <summary>The project's kinds: the built-in ones and those it declared.</summary>
    public KindCatalog Catalog => _catalog;
    private readonly Dictionary<string, KindDeclaration> _sections = new(StringComparer.Ordinal);

    public DeclaredKindReader(ProjectKinds kinds)
    {
        _kinds = kinds;
        _catalog = kinds.Catalog;
        foreach (var kind in _catalog.Kinds)
        {
            if (!IsBuiltIn(kind) && kind.Section is { } section) _sections[section] = kind;
        }
        FileKeys = FactFileParser.FileKeys.Concat(_sections.Keys).ToArray();
    }

    /// <summary>The top-level keys of a fact file: the built-in sections, <c>kinds</c>, and the declared sections.</summary>
    public string[] FileKeys { get; }

    /// <summary>A declared kind as an entry of a section reads it: the keys its mapping allows and the built-in kind it extends.</summary>
    /// <param name="Kind">The declared kind.</param>
    /// <param name="BuiltInBase">The built-in kind it extends (person for a politician); null for a kind with a section of its own.</param>
    /// <param name="Keys">The keys a fact of it may have.</param>
    /// <param name="Broken">True when its declaration has an error (FM1010): its facts are skipped.</param>
    public readonly record struct DeclaredEntry(KindDeclaration Kind, KindDeclaration? BuiltInBase, string[] Keys, bool Broken);

    private static readonly DeclaredEntry BrokenEntry = new(BuiltInKinds.Fact, null, Array.Empty<string>(), Broken: true);

    /// <summary>
    /// The declared kind an entry of the built-in <paramref name="section"/> names in <c>kind:</c>; null when it names
    /// none (a built-in kind, or a word the built-in reader reports).
    /// </summary>
    public DeclaredEntry? DeclaredKindOf(YamlMapping entry, string section)
    {
        if (KindWritten(entry) is not { } id || BuiltInKinds.Catalog.TryGet(id, out _)) return null;
        if (IsOneOf(id, _kinds.BrokenKinds)) return BrokenEntry;
        if (!_catalog.TryGet(id, out var kind) || _catalog.SectionOf(kind) != section) return null;
        return EntryOf(kind);
    }

    /// <summary>The actor kind a declared kind among the actors is, from the built-in kind it extends.</summary>
    /// <remarks>The built-in actor kinds are the words of <see cref="ActorKind"/>: <c>person</c> is <see cref="ActorKind.Person"/>.</remarks>
    public static ActorKind ActorKindOf(KindDeclaration builtInBase) =>
        ScalarForms.TryParseWord<ActorKind>(builtInBase.Id, out var kind) ? kind : ActorKind.Group;

    /// <summary>Reads the entries of every declared section.</summary>
    public void ReadDeclaredSections(MappingReader file, List<FactSpec> into, CancellationToken cancellationToken)
    {
        foreach (var pair in _sections)
        {
            string section = pair.Key;
            var node = file.Node(section);
            if (node is null) continue;
            if (node is not YamlSequence sequence)
            {
                file.Invalid(node, section, $"'{section}' section", $"write '{section}:' followed by a list of entries, each starting with '- id:'");
                continue;
            }
            for (int i = 0; i < sequence.Items.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sequence.Items[i] is not YamlMapping entry)
                {
                    file.Invalid(sequence.Items[i], section, $"entry of '{section}'", "each entry is a mapping that starts with '- id:'");
                    continue;
                }
                if (ReadDeclaredFact(file.Sink, entry, section, i, pair.Value) is { } fact) into.Add(fact);
            }
        }
        // Facts in the sections of kinds whose declarations are broken are skipped: FM1010 tells what to fix.
        foreach (string section in _kinds.BrokenSections) file.Node(section);
    }

    /// <summary>
    /// One entry of a declared section: a fact of the section's kind, or of a kind that extends it when
    /// <c>kind:</c> names one.
    /// </summary>
    private FactSpec? ReadDeclaredFact(DiagnosticSink sink, YamlMapping entry, string section, int index, KindDeclaration sectionKind)
    {
        var kind = sectionKind;
        if (KindWritten(entry) is { } id && id != sectionKind.Id)
        {
            if (IsOneOf(id, _kinds.BrokenKinds)) return null;
            if (_catalog.TryGet(id, out var named) && _catalog.IsA(named, sectionKind)) kind = named;
        }
        var reader = MappingReader.ForEntry(entry, section, index, EntryOf(kind).Keys, sink);
        var common = FactFileParser.ReadCommon(reader);
        if (reader.Scalar("kind") is { } written && written.Value != kind.Id)
        {
            var kinds = _catalog.Kinds.Where(k => _catalog.IsA(k, sectionKind)).Select(k => k.Id).ToList();
            reader.Invalid(written, "kind", "kind of " + sectionKind.Id.Replace('-', ' '), "use one of: " + string.Join(", ", kinds));
        }
        var values = ReadValues(reader, kind);
        reader.Finish();
        if (common is not { } c) return null;
        return new DeclaredFactSpec
        {
            Id = c.Id, IdSpan = c.IdSpan, Notes = c.Notes, Sources = c.Sources, SourceWritten = c.SourceWritten,
            DeclaredKind = kind, DeclaredValues = values, SectionName = section,
        };
    }

    /// <summary>How an entry of <paramref name="kind"/> is read; the catalog works out its keys once per kind.</summary>
    private DeclaredEntry EntryOf(KindDeclaration kind)
    {
        var builtIn = _catalog.BuiltInBaseOf(kind);
        return new DeclaredEntry(kind, builtIn.Id == "fact" ? null : builtIn, _catalog.EntryKeysOf(kind), Broken: false);
    }

    private static bool IsBuiltIn(KindDeclaration kind) => BuiltInKinds.Catalog.TryGet(kind.Id, out _);

    /// <summary>
    /// The values of <paramref name="kind"/>'s declared fields in the mapping <paramref name="r"/> reads, each read by
    /// its type: a missing required field is FM1003, a value of the wrong form FM1004 (and left out).
    /// </summary>
    public EquatableArray<FieldValue> ReadValues(MappingReader r, KindDeclaration kind) => ReadValues(r, _catalog.DeclaredFieldsOf(kind));

    /// <summary>The values of <paramref name="fields"/> in the mapping <paramref name="r"/> reads, each read by its type, as above.</summary>
    /// <remarks>
    /// Arrays of the size needed, filled by index, and no enumerator or LINQ: the parser reads every declared value
    /// of every fact, and the specs it makes are what the generator keeps for the whole run.
    /// </remarks>
    public static EquatableArray<FieldValue> ReadValues(MappingReader r, EquatableArray<FieldDeclaration> fields)
    {
        FieldValue[]? values = null;
        int count = 0;
        foreach (var field in fields)
        {
            var node = r.Node(field.Key);
            if (node is null)
            {
                if (field.Required) r.Missing(field.Key);
                continue;
            }
            if (!field.List && node is YamlSequence)
            {
                r.Invalid(node, field.Key, $"'{field.Key}'", "write a single value");
                continue;
            }
            var items = ReadItems(r, field, node);
            if (!items.IsEmpty) (values ??= new FieldValue[fields.Count])[count++] = new FieldValue(field, items, node.Span);
        }
        return values is null ? default : MappingReader.Trimmed(values, count);
    }

    /// <summary>The values written in <paramref name="node"/>: a list's items, or the one value; those not of the field's form are left out (and reported).</summary>
    private static EquatableArray<DeclaredValue> ReadItems(MappingReader r, FieldDeclaration field, YamlNode node)
    {
        if (node is not YamlSequence sequence)
            return ReadValue(r, field, node) is { } value ? new EquatableArray<DeclaredValue>(new[] { value }) : default;
        var nodes = sequence.Items;
        if (nodes.Count == 0) return default;
        var items = new DeclaredValue[nodes.Count];
        int count = 0;
        for (int i = 0; i < nodes.Count; i++)
        {
            if (ReadValue(r, field, nodes[i]) is { } value) items[count++] = value;
        }
        return count == 0 ? default : MappingReader.Trimmed(items, count);
    }

    /// <summary>The forms of a quantity written as a mapping: a value with its qualifier, or a range.</summary>
    private static readonly string[] QualifiedKeys = { "value", "qualifier" };

    /// <summary>One value of <paramref name="field"/>, by its type; null (and reported) when it is not of the type's form.</summary>
    private static DeclaredValue? ReadValue(MappingReader r, FieldDeclaration field, YamlNode node)
    {
        string key = field.Key;
        if (field.Type == FieldType.Date || field.Type == FieldType.DateSpan)
            return FactFileParser.ReadDateSpan(r, node) is { } date ? new DeclaredValue { Date = date } : null;
        if (field.Type == FieldType.Quantity)
        {
            if (node is YamlMapping mapping && Written(mapping, "value") is not null)
            {
                var qualified = new MappingReader(mapping, r.Context, QualifiedKeys, r.Sink);
                var qualifier = qualified.Word("qualifier", Qualifier.Exact);
                var value = qualified.Node("value");
                qualified.Finish();
                return value is not null && FactFileParser.ReadQuantity(r, value, qualifier, null, null) is { } q ? new DeclaredValue { Quantity = q } : null;
            }
            return FactFileParser.ReadQuantity(r, node, Qualifier.Exact, null, null) is { } quantity ? new DeclaredValue { Quantity = quantity } : null;
        }
        if (node is not YamlScalar { IsNull: false } scalar)
        {
            r.Invalid(node, key, $"'{key}'", DeclaredValueForms.Accepted(field));
            return null;
        }
        string text = scalar.Value;
        switch (field.Type)
        {
            case FieldType.Text:
                return new DeclaredValue { Text = text };
            case FieldType.Number when ScalarForms.TryParseNumber(text, out decimal number):
                return new DeclaredValue { Number = number };
            case FieldType.Boolean when text is "true" or "false":
                return new DeclaredValue { Boolean = text == "true" };
            case FieldType.Share:
                return FactFileParser.ReadShare(r, scalar, Qualifier.Exact) is { } share ? new DeclaredValue { Share = share } : null;
            case FieldType.Word when IsOneOf(text, field.Values):
                return new DeclaredValue { Text = text };
            case FieldType.Url when Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https":
                return new DeclaredValue { Text = text };
            case FieldType.Wikidata when ScalarForms.IsWikidataId(text):
                return new DeclaredValue { Text = text };
            case FieldType.Reference:
                return new DeclaredValue { Reference = new Reference(text, scalar.Span) };
        }
        r.Invalid(scalar, text, field.Type == FieldType.Word ? key : FieldTypeWords.Of(field), DeclaredValueForms.Accepted(field));
        return null;
    }

    /// <summary>True when <paramref name="word"/> is one of <paramref name="words"/> (a loop: LINQ's Contains would box the array at every call).</summary>
    private static bool IsOneOf(string word, EquatableArray<string> words)
    {
        foreach (string allowed in words)
        {
            if (allowed == word) return true;
        }
        return false;
    }

    /// <summary>The word written in <c>kind:</c>, without marking it read.</summary>
    private static string? KindWritten(YamlMapping entry) => Written(entry, "kind") is YamlScalar { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>
    /// The value of <paramref name="key"/> as written (an empty one too), or null when the mapping has no such key;
    /// without marking it read. By index: a foreach over the entries would allocate an enumerator for every fact.
    /// </summary>
    private static YamlNode? Written(YamlMapping mapping, string key)
    {
        var entries = mapping.Entries;
        for (int i = 0; i < entries.Count; i++)
        {
            if (entries[i].Key.Value == key) return entries[i].Value;
        }
        return null;
    }
}
