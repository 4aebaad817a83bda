using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Specs;

namespace FactModel.Core.Kinds;

/// <summary>
/// A set of kind declarations with the questions every stage asks of them: a kind by id, its section, every field it
/// has (inherited ones first), whether one kind is another. Built once; read-only after. Two catalogs of equal
/// declarations are equal, so the generator's steps that read a project's kinds stay cached while they do not change.
/// </summary>
public sealed class KindCatalog : IEquatable<KindCatalog>
{
    private readonly Dictionary<string, KindDeclaration> _byId;
    private readonly Dictionary<string, EquatableArray<FieldDeclaration>> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _typeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _sections = new(StringComparer.Ordinal);

    /// <summary>A catalog of <paramref name="kinds"/>, whose ids are distinct and whose bases are among them.</summary>
    public KindCatalog(EquatableArray<KindDeclaration> kinds)
    {
        Kinds = kinds;
        _byId = kinds.ToDictionary(k => k.Id, StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            _fields[kind.Id] = Inherited(kind).SelectMany(k => k.Fields).ToEquatableArray();
            _typeNames[kind.Id] = Kebab.ToPascalCase(kind.Id);
            _sections[kind.Id] = SectionOfBases(kind);
        }
    }

    /// <summary>Every kind, in declaration order.</summary>
    public EquatableArray<KindDeclaration> Kinds { get; }

    /// <summary>The kind with <paramref name="id"/>.</summary>
    public KindDeclaration this[string id] => _byId[id];

    /// <summary>The kind with <paramref name="id"/>, if there is one.</summary>
    public bool TryGet(string id, out KindDeclaration kind) => _byId.TryGetValue(id, out kind!);

    /// <summary>Every field of <paramref name="kind"/>: its bases' first (what every fact has leads), then its own.</summary>
    public EquatableArray<FieldDeclaration> FieldsOf(KindDeclaration kind) => _fields[kind.Id];

    /// <summary>The C# type facts of <paramref name="kind"/> have: its id in PascalCase (<c>casualty-report</c> → <c>CasualtyReport</c>).</summary>
    public string TypeNameOf(KindDeclaration kind) => _typeNames[kind.Id];

    /// <summary>The keys a mapping of <paramref name="kind"/> may have, in declaration order.</summary>
    public string[] KeysOf(KindDeclaration kind)
    {
        var fields = FieldsOf(kind);
        if (!NamesItsKind(kind)) return fields.Select(f => f.Key).ToArray();
        // A fact of an abstract kind names its kind in 'kind:' (an actor is a person, an organization...), written
        // after what every fact has and before the kind's own keys.
        int inherited = fields.Count - kind.Fields.Count;
        return fields.Take(inherited).Select(f => f.Key).Append("kind").Concat(kind.Fields.Select(f => f.Key)).ToArray();
    }

    /// <summary>True when facts of <paramref name="kind"/> name their kind in <c>kind:</c>: an abstract kind with a section.</summary>
    public bool NamesItsKind(KindDeclaration kind) => kind.Abstract && kind.Section is not null;

    /// <summary>The kinds a fact of the abstract <paramref name="kind"/> may name in <c>kind:</c>, in declaration order.</summary>
    public IEnumerable<KindDeclaration> ConcreteKindsOf(KindDeclaration kind) => Kinds.Where(k => !k.Abstract && k.Id != kind.Id && IsA(k, kind));

    /// <summary>The field <paramref name="key"/> of <paramref name="kind"/>.</summary>
    public FieldDeclaration Field(KindDeclaration kind, string key) => FieldsOf(kind).First(f => f.Key == key);

    /// <summary>The nearest built-in kind <paramref name="kind"/> is: itself for a built-in kind, person for a politician, fact for a casualty report.</summary>
    public KindDeclaration BuiltInBaseOf(KindDeclaration kind) => DeclaredPartOf(kind).BuiltInBase;

    /// <summary>
    /// The fields a project declared that <paramref name="kind"/> has: those of the declared kinds from the built-in
    /// one it extends down to it, the bases' first; none for a built-in kind.
    /// </summary>
    public EquatableArray<FieldDeclaration> DeclaredFieldsOf(KindDeclaration kind) => DeclaredPartOf(kind).Fields;

    /// <summary>
    /// The fields of <paramref name="kind"/>'s built-in base that no typed spec holds (<see cref="FieldDeclaration.Typed"/>
    /// false), its bases' first: fields added to a built-in kind, read by their declaration and held by key.
    /// </summary>
    public EquatableArray<FieldDeclaration> UntypedFieldsOf(KindDeclaration kind) => DeclaredPartOf(kind).Untyped;

    /// <summary>
    /// The declared field people know a fact of <paramref name="kind"/> by, for its display name and docs: a text
    /// field <c>name</c> or <c>title</c>, else the first required text field; null when there is none (the id is).
    /// </summary>
    public FieldDeclaration? DisplayFieldOf(KindDeclaration kind) => DeclaredPartOf(kind).DisplayField;

    /// <summary>What a kind adds to the built-in one it extends, worked out once per kind: the parser, the data writer and the emitters ask for every fact.</summary>
    private sealed record DeclaredPart(KindDeclaration BuiltInBase, EquatableArray<FieldDeclaration> Fields, FieldDeclaration? DisplayField,
        EquatableArray<FieldDeclaration> Untyped);

    // Filled on first use, not in the constructor: the built-in catalog is itself a KindCatalog, and a kind's built-in
    // base is looked up in it. Two threads racing compute equal parts, and either is fine.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DeclaredPart> _declaredParts = new(StringComparer.Ordinal);

    // Looked up first, and worked out in a method of its own: a lambda that captures the kind would allocate its
    // closure on every call, and the parser and the writer ask for every fact.
    private DeclaredPart DeclaredPartOf(KindDeclaration kind) =>
        _declaredParts.TryGetValue(kind.Id, out var part) ? part : _declaredParts.GetOrAdd(kind.Id, WorkOutPart(kind));

    private DeclaredPart WorkOutPart(KindDeclaration kind)
    {
        var builtIn = Inherited(kind).LastOrDefault(k => BuiltInKinds.Catalog.TryGet(k.Id, out _)) ?? BuiltInKinds.Fact;
        var fields = FieldsOf(kind).Skip(FieldsOf(builtIn).Count).ToEquatableArray();
        var texts = fields.Where(f => f.Type == FieldType.Text && !f.List).ToList();
        return new DeclaredPart(builtIn, fields, texts.FirstOrDefault(f => f.Key is "name" or "title") ?? texts.FirstOrDefault(f => f.Required),
            FieldsOf(builtIn).Where(f => !f.Typed).ToEquatableArray());
    }

    /// <summary>
    /// The keys an entry of the declared <paramref name="kind"/> may have: its built-in kind's (those of that kind's
    /// section, with <c>kind</c>), then its declared fields'. A kind with a section of its own takes <c>kind</c> when
    /// other kinds extend it: its facts name theirs in it. Worked out once per kind: the parser asks for every entry.
    /// </summary>
    public string[] EntryKeysOf(KindDeclaration kind) =>
        _entryKeys.TryGetValue(kind.Id, out var keys) ? keys : _entryKeys.GetOrAdd(kind.Id, WorkOutEntryKeys(kind));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _entryKeys = new(StringComparer.Ordinal);

    private string[] WorkOutEntryKeys(KindDeclaration kind)
    {
        var builtIn = BuiltInBaseOf(kind);
        bool named = builtIn.Id == "fact" && KindsExtending(KindOfSection(SectionOf(kind)!)).Any();
        var keys = builtIn.Id == "fact"
            ? KeysOf(builtIn).Concat(named ? new[] { "kind" } : Array.Empty<string>())
            : KeysOf(KindOfSection(SectionOf(builtIn)!));
        return keys.Concat(DeclaredFieldsOf(kind).Select(f => f.Key)).Distinct().ToArray();
    }

    /// <summary>The kinds that extend <paramref name="kind"/> directly, in declaration order.</summary>
    public IEnumerable<KindDeclaration> KindsExtending(KindDeclaration kind) => Kinds.Where(k => k.Extends == kind.Id);

    /// <summary>The section facts of <paramref name="kind"/> are written in (its own, or its nearest base's); null for entries and for <c>fact</c>.</summary>
    /// <remarks>Worked out once per kind: the parser asks for every entry that names its kind.</remarks>
    public string? SectionOf(KindDeclaration kind) => _sections.TryGetValue(kind.Id, out var section) ? section : SectionOfBases(kind);

    private string? SectionOfBases(KindDeclaration kind) => Inherited(kind).Reverse().Select(k => k.Section).FirstOrDefault(s => s is not null);

    /// <summary>The kinds that have a section of their own (actor, place, event, figure, document), in declaration order.</summary>
    public IEnumerable<KindDeclaration> SectionKinds => Kinds.Where(k => k.Section is not null);

    /// <summary>The kind that owns <paramref name="section"/>.</summary>
    public KindDeclaration KindOfSection(string section) => Kinds.First(k => k.Section == section);

    /// <summary>True when <paramref name="kind"/> is <paramref name="baseKind"/> or extends it, directly or not.</summary>
    /// <remarks>Asked for every reference by the rules and the data writer: it walks the bases without allocating.</remarks>
    public bool IsA(KindDeclaration kind, KindDeclaration baseKind)
    {
        int steps = 0;
        for (var k = kind; k is not null; k = Base(k))
        {
            if (k.Id == baseKind.Id) return true;
            if (++steps > Kinds.Count) break; // a cycle of bases: the declaration rules report it
        }
        return false;
    }

    /// <summary>The kind <paramref name="kind"/> extends; null for a root, or a base not in the catalog.</summary>
    private KindDeclaration? Base(KindDeclaration kind) => kind.Extends is { } b && _byId.TryGetValue(b, out var next) ? next : null;

    /// <summary>The reference fields whose cycles FM2003 looks for, by key, in declaration order.</summary>
    public IEnumerable<string> AcyclicRelations =>
        Kinds.SelectMany(k => k.Fields).Where(f => f.Cycles == CycleRule.Never).Select(f => f.Key).Distinct();

    /// <summary>"an actor", "a place": a kind as messages name it.</summary>
    public static string WithArticle(string kindId) => ("aeiou".IndexOf(kindId[0]) >= 0 ? "an " : "a ") + kindId.Replace('-', ' ');

    /// <inheritdoc/>
    public bool Equals(KindCatalog? other) => other is not null && (ReferenceEquals(this, other) || Kinds.Equals(other.Kinds));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KindCatalog);

    /// <inheritdoc/>
    public override int GetHashCode() => Kinds.GetHashCode();

    /// <summary><paramref name="kind"/> and the kinds it extends, the root first.</summary>
    private IEnumerable<KindDeclaration> Inherited(KindDeclaration kind)
    {
        var chain = new List<KindDeclaration>();
        for (var k = kind; k is not null; k = Base(k))
        {
            chain.Add(k);
            if (chain.Count > Kinds.Count) break; // a cycle of bases: the declaration rules report it
        }
        chain.Reverse();
        return chain;
    }
}
