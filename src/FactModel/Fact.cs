using System;
using System.Collections.Generic;
using System.Threading;

namespace FactModel;

/// <summary>
/// A fact about the world, taken from one or more source documents: an <see cref="Actor"/>, a <see cref="Place"/>,
/// an <see cref="Event"/> or a <see cref="Figure"/>, or a fact of a kind the project declares, whose generated class
/// extends one of these or <see cref="Fact"/> itself.
/// </summary>
/// <remarks>
/// Facts are entities: two facts are equal when they are of the same runtime type and have the same id, whatever
/// their other fields. Facts refer to each other in cycles, so equality (and <see cref="ToString"/>) never looks
/// further than the fact itself.
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.FactJsonConverterFactory))]
#endif
public abstract class Fact : IEquatable<Fact>
{
    // A fact of a generated model is built from its head (its id and the text of its display name) when its chunk is
    // first read, and the rest of it when one of its other fields is: first access to a whole model then costs the
    // heads. _chunk and _line say where the rest is (null for a fact built whole); _rest is the same fact read whole,
    // published once, whose fields the head's properties return. Each kind keeps its fields other than the display
    // name in an object of its own, which a head leaves out: a head then takes 88 bytes (with every field inline, an
    // actor's took 192 and a figure's 328, most of it references held inline), and first access to a whole model
    // allocates and collects a third less.
    private readonly FactChunk? _chunk;
    private readonly int _line;
    private Fact? _rest;
    private readonly IReadOnlyList<Source> _sources;
    private readonly string? _notes;
    private Data.FactValues? _addedValues;

    /// <summary>Creates a fact.</summary>
    protected Fact(string id, IEnumerable<Source>? sources, string? notes)
    {
        Id = string.IsNullOrEmpty(id) ? throw new ArgumentException("A fact needs an id.", nameof(id)) : id;
        _sources = ReadOnly.List(sources);
        _notes = notes;
    }

    /// <summary>The head of a fact whose rest the data of <paramref name="chunk"/> holds, on the line at <paramref name="line"/>.</summary>
    private protected Fact(string id, FactChunk chunk, int line)
    {
        Id = id;
        _chunk = chunk;
        _line = line;
        _sources = Array.Empty<Source>();
    }

    /// <summary>
    /// Creates a fact with the fields of <paramref name="original"/>, as a record's copy constructor does: a fact of a
    /// kind a project declares is built on the built-in fact of its base kind.
    /// </summary>
    protected Fact(Fact original)
    {
        if (original is null) throw new ArgumentNullException(nameof(original));
        Id = original.Id;
        _sources = original.Sources;
        _notes = original.Notes;
        _addedValues = original.AddedValues;
    }

    /// <summary>The fact's id in kebab-case, unique across all fact files: <c>antony-blinken</c>.</summary>
    public string Id { get; }

    /// <summary>Where the fact is stated: each source names a document and quotes its words.</summary>
    public IReadOnlyList<Source> Sources => Rest is { } rest ? rest.Sources : _sources;

    /// <summary>An editor's note, if any.</summary>
    public string? Notes => Rest is { } rest ? rest.Notes : _notes;

    /// <summary>
    /// The values of the fields added to the fact's built-in kind, by key, for the runtime types' properties to read
    /// (<c>public string? Wikidata =&gt; AddedValues?.Text("wikidata");</c>); null when its kind has none. Set once, by the
    /// data reader, before the fact is handed out.
    /// </summary>
    internal Data.FactValues? AddedValues
    {
        get => Rest is { } rest ? rest.AddedValues : _addedValues;
        set => _addedValues = value;
    }

    /// <summary>
    /// For the head of a fact (see <see cref="Fact(string, FactChunk, int)"/>), the same fact read whole, whose fields its
    /// properties return: read on first use, once (every thread gets the one object). Null for a fact built whole.
    /// </summary>
    internal Fact? Rest => _chunk is null ? null : Volatile.Read(ref _rest) ?? ReadRest();

    /// <summary>True when the fact's fields are all read: a fact built whole, or a head whose rest has been read.</summary>
    internal bool IsWhole => _chunk is null || Volatile.Read(ref _rest) is not null;

    private Fact ReadRest()
    {
        var rest = _chunk!.ReadLine(_line);
        if (rest.GetType() != GetType() || rest.Id != Id)
            throw new FormatException($"The fact data is damaged: the line of '{Id}' holds '{rest.Id}', a {rest.GetType().Name}.");
        return Interlocked.CompareExchange(ref _rest, rest, null) ?? rest;
    }

    /// <summary>The name or title that people read.</summary>
    public abstract string DisplayName { get; }

    /// <summary>The display name.</summary>
    public override string ToString() => DisplayName;

    /// <summary>True when <paramref name="other"/> is of the same runtime type as this fact and has the same id.</summary>
    public bool Equals(Fact? other) =>
        ReferenceEquals(this, other) || (other is not null && other.GetType() == GetType() && other.Id == Id);

    /// <summary>True when <paramref name="obj"/> is a fact of the same runtime type with the same id.</summary>
    public sealed override bool Equals(object? obj) => Equals(obj as Fact);

    /// <summary>The hash code of the id: equal facts have equal ids.</summary>
    public sealed override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}

/// <summary>Where a fact is stated: a source document and the verbatim words quoted from it.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.SourceJsonConverter))]
#endif
public sealed class Source : IEquatable<Source>
{
    /// <summary>Creates a source.</summary>
    public Source(string document, string quote)
    {
        Document = document ?? throw new ArgumentNullException(nameof(document));
        Quote = quote ?? throw new ArgumentNullException(nameof(quote));
    }

    /// <summary>The source document's name: its file name without the extension.</summary>
    public string Document { get; }

    /// <summary>The words quoted from the document.</summary>
    public string Quote { get; }

    /// <summary>"“quote” (document)".</summary>
    public override string ToString() => $"\u201C{Quote}\u201D ({Document})";

    /// <inheritdoc/>
    public bool Equals(Source? other) => other is not null && Document == other.Document && Quote == other.Quote;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc/>
    public override int GetHashCode() => (Document, Quote).GetHashCode();
}
