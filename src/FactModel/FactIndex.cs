using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace FactModel;

/// <summary>
/// The facts of one kind in a stable order, with lookup by id. Generated models keep one per section; lookups are
/// O(1) through a dictionary built once, and never allocate.
/// </summary>
public sealed class FactIndex<T> : IReadOnlyList<T> where T : Fact
{
    private readonly T[] _facts;
    private Dictionary<string, T>? _byId;

    /// <summary>Indexes <paramref name="facts"/>, which must have distinct ids.</summary>
    public FactIndex(T[] facts)
        : this(facts ?? throw new ArgumentNullException(nameof(facts)), ById(facts)) { }

    private FactIndex(T[] facts, Dictionary<string, T>? byId)
    {
        _facts = facts;
        _byId = byId;
    }

    /// <summary>
    /// Indexes facts whose ids are known to be distinct (a generated model's): the dictionary is built on the first
    /// lookup, so that reading the whole model in order does not pay for it.
    /// </summary>
    internal static FactIndex<T> OfDistinctIds(T[] facts) => new(facts, null);

    /// <summary>Finds the fact with the id <paramref name="id"/>.</summary>
    public bool TryGet(string id, [NotNullWhen(true)] out T? fact) =>
        // Two threads may both build it; each builds the same dictionary, and either is kept.
        (_byId ??= ById(_facts)).TryGetValue(id, out fact);

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

    /// <inheritdoc/>
    public T this[int index] => _facts[index];

    /// <inheritdoc/>
    public int Count => _facts.Length;

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_facts).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _facts.GetEnumerator();
}
