using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using FactModel.Data;

namespace FactModel;

/// <summary>
/// What generated models call to build their facts from the data they embed, and their indexes. Not meant for other
/// code: the data's format is the generator's, and may change with it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FactData
{
    /// <summary>Builds the <paramref name="count"/> facts of <paramref name="data"/>, whose references resolve through <paramref name="lookup"/>.</summary>
    public static Fact[] Read(int count, Func<string, Fact?> lookup, ReadOnlySpan<byte> data) =>
        new FactDataReader(data, lookup).ReadFacts(count);

    /// <summary>The same, from data held as a string (by models compiled with C# 10 or earlier, which have no UTF-8 literals).</summary>
    public static Fact[] Read(int count, Func<string, Fact?> lookup, string data) =>
        Read(count, lookup, Encoding.UTF8.GetBytes(data));

    /// <summary>
    /// Builds the <paramref name="count"/> facts of <paramref name="data"/>, whose references resolve through
    /// <paramref name="lookup"/>, and whose facts of the kinds the project declares are made by
    /// <paramref name="declared"/> from their <see cref="FactFields"/> (null for a kind it does not know).
    /// </summary>
    public static Fact[] Read(int count, Func<string, Fact?> lookup, ReadOnlySpan<byte> data, Func<FactFields, Fact?> declared) =>
        new FactDataReader(data, lookup, declared ?? throw new ArgumentNullException(nameof(declared))).ReadFacts(count);

    /// <summary>The same, from data held as a string (by models compiled with C# 10 or earlier, which have no UTF-8 literals).</summary>
    public static Fact[] Read(int count, Func<string, Fact?> lookup, string data, Func<FactFields, Fact?> declared) =>
        Read(count, lookup, Encoding.UTF8.GetBytes(data), declared);

    /// <summary>
    /// A read-only copy of <paramref name="items"/> (empty for null), for the list properties of the classes a
    /// project's own kinds generate, so that their facts stay immutable as the built-in ones do.
    /// </summary>
    public static IReadOnlyList<T> List<T>(IEnumerable<T>? items) => ReadOnly.List(items);

    /// <summary>The facts <paramref name="references"/> name, resolved when read, as the built-in types' lists of references are.</summary>
    public static IReadOnlyList<T> References<T>(IEnumerable<FactRef<T>>? references) where T : Fact => FactRefList<T>.From(references);

    /// <summary>
    /// Every fact of <paramref name="chunks"/>, ordered by id, with lookup by id, built lazily: a lookup builds only the
    /// chunk that holds its id, and enumerating builds every chunk. The ids must be distinct (the generator sees to it).
    /// </summary>
    public static FactIndex<Fact> Index(params FactChunk[] chunks) =>
        FactIndex<Fact>.Over(new FactChunks(chunks ?? throw new ArgumentNullException(nameof(chunks))));

    /// <summary>
    /// The same, with the order of the facts by id as the generator knows it: for each fact by id, its place among the
    /// facts of <paramref name="chunks"/> one after the other, as whole numbers separated by white space. Enumerating
    /// then places the facts instead of sorting them; an order that does not hold (a fact out of place, or a number
    /// missing, repeated or out of range) is ignored, and the facts sorted.
    /// </summary>
    public static FactIndex<Fact> Index(ReadOnlySpan<byte> orderById, params FactChunk[] chunks) =>
        FactIndex<Fact>.Over(new FactChunks(chunks ?? throw new ArgumentNullException(nameof(chunks)), orderById));

    /// <summary>The same, with the order held as a string (by models compiled with C# 10 or earlier, which have no UTF-8 literals).</summary>
    public static FactIndex<Fact> Index(string orderById, params FactChunk[] chunks) =>
        Index(Encoding.UTF8.GetBytes(orderById ?? throw new ArgumentNullException(nameof(orderById))).AsSpan(), chunks);

    /// <summary>
    /// The same, over the chunks of <paramref name="groups"/> one after the other: a generated model's chunks, made a
    /// source at a time by <see cref="FactChunk.Create(int[], Func{string, Fact?}, Action{FactChunk, int})"/>.
    /// </summary>
    public static FactIndex<Fact> Index(params FactChunk[][] groups) => Index(Concat(groups));

    /// <summary>The same, with the order of the facts by id among the groups' chunks one after the other.</summary>
    public static FactIndex<Fact> Index(ReadOnlySpan<byte> orderById, params FactChunk[][] groups) => Index(orderById, Concat(groups));

    /// <summary>The same, with the order held as a string (by models compiled with C# 10 or earlier, which have no UTF-8 literals).</summary>
    public static FactIndex<Fact> Index(string orderById, params FactChunk[][] groups) => Index(orderById, Concat(groups));

    private static FactChunk[] Concat(FactChunk[][] groups)
    {
        int count = 0;
        foreach (var group in groups ?? throw new ArgumentNullException(nameof(groups))) count += (group ?? throw new ArgumentException("A group of chunks is null.", nameof(groups))).Length;
        var chunks = new FactChunk[count];
        int next = 0;
        foreach (var group in groups)
        {
            group.CopyTo(chunks, next);
            next += group.Length;
        }
        return chunks;
    }

    /// <summary>
    /// Every fact of <paramref name="models"/> (a model's own, then those of the models it references, each with theirs),
    /// each once, ordered by id, with lookup by id: what a model's <c>FactCatalog.WithReferences</c> holds. A fact that
    /// two models both reach (a shared library's, through two topic libraries) is the same object, and is kept once.
    /// </summary>
    public static FactIndex<Fact> Combine(params IEnumerable<Fact>[] models)
    {
        var byId = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var model in models)
        foreach (var fact in model)
        {
            if (!byId.ContainsKey(fact.Id)) byId.Add(fact.Id, fact);
        }
        var ids = new string[byId.Count];
        var facts = new Fact[byId.Count];
        byId.Keys.CopyTo(ids, 0);
        byId.Values.CopyTo(facts, 0);
        Array.Sort(ids, facts, StringComparer.Ordinal);
        return FactIndex<Fact>.OfDistinctIds(facts);
    }

    /// <summary>The facts of <paramref name="all"/> that are <typeparamref name="T"/>s, in the same order (built when first read, for a generated model's).</summary>
    public static FactIndex<T> Section<T>(FactIndex<Fact> all) where T : Fact
    {
        // A generated model's section is as lazy as its index of every fact, over the same chunks.
        if (all.Chunks is { } chunks) return FactIndex<T>.Over(chunks);
        var facts = new List<T>();
        foreach (var fact in all)
        {
            if (fact is T t) facts.Add(t);
        }
        return FactIndex<T>.OfDistinctIds(facts.ToArray());
    }
}
