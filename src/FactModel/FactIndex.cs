using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace FactModel;

/// <summary>
/// The facts of one kind in a stable order, with lookup by id. Generated models keep one per section; lookups are
/// O(1) through a dictionary built once, and never allocate.
/// </summary>
/// <remarks>
/// A generated model's index is lazy: a lookup by id builds only the part of the model (up to 200 facts) that holds
/// the id, and the list of every fact is built when first enumerated, counted or indexed.
/// </remarks>
public sealed class FactIndex<T> : IReadOnlyList<T> where T : Fact
{
    private T[]? _facts;
    private Dictionary<string, T>? _byId;
    // A generated model's facts, built by chunk; null for an index made from an array.
    private readonly FactChunks? _chunks;

    /// <summary>Indexes <paramref name="facts"/>, which must have distinct ids.</summary>
    public FactIndex(T[] facts)
        : this(facts ?? throw new ArgumentNullException(nameof(facts)), ById(facts), null) { }

    private FactIndex(T[]? facts, Dictionary<string, T>? byId, FactChunks? chunks)
    {
        _facts = facts;
        _byId = byId;
        _chunks = chunks;
    }

    /// <summary>
    /// Indexes facts whose ids are known to be distinct (a generated model's): the dictionary is built on the first
    /// lookup, so that reading the whole model in order does not pay for it.
    /// </summary>
    internal static FactIndex<T> OfDistinctIds(T[] facts) => new(facts, null, null);

    /// <summary>The <typeparamref name="T"/>s of a generated model's <paramref name="chunks"/>, built when first read.</summary>
    internal static FactIndex<T> Over(FactChunks chunks) => new(null, null, chunks);

    /// <summary>The chunks a generated model's index reads, or null.</summary>
    internal FactChunks? Chunks => _chunks;

    /// <summary>Finds the fact with the id <paramref name="id"/>.</summary>
    public bool TryGet(string id, [NotNullWhen(true)] out T? fact)
    {
        if (_chunks is null)
        {
            // Two threads may both build it; each builds the same dictionary, and either is kept.
            return (_byId ??= ById(_facts!)).TryGetValue(id, out fact);
        }
        if (_chunks.TryGet(id, out var found) && found is T t)
        {
            fact = t;
            return true;
        }
        fact = null;
        return false;
    }

    private static Dictionary<string, T> ById(T[] facts)
    {
        var byId = new Dictionary<string, T>(facts.Length, StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (byId.ContainsKey(fact.Id)) throw new ArgumentException($"Two facts have the id '{fact.Id}'.", nameof(facts));
            byId.Add(fact.Id, fact);
        }
        return byId;
    }

    /// <summary>The facts in order; a generated model's are built on first use.</summary>
    private T[] Facts => Volatile.Read(ref _facts) ?? Build();

    private T[] Build()
    {
        var all = _chunks!.All;
        // The index of every fact shares the model's array; a section's keeps its kind's, in the same order.
        T[] facts = all as T[] ?? Section(all);
        // Two threads may both filter; the first array published is the one every thread reads.
        return Interlocked.CompareExchange(ref _facts, facts, null) ?? facts;
    }

    private static T[] Section(Fact[] all)
    {
        var facts = new List<T>();
        foreach (var fact in all)
        {
            if (fact is T t) facts.Add(t);
        }
        return facts.ToArray();
    }

    /// <inheritdoc/>
    public T this[int index] => Facts[index];

    /// <inheritdoc/>
    public int Count => Facts.Length;

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Facts).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Facts.GetEnumerator();
}
