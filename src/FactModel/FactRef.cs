using System;
using System.Collections;
using System.Collections.Generic;

namespace FactModel;

/// <summary>
/// A reference to another fact, resolved when it is read. Generated models refer by id, looked up in their catalog
/// (<c>FactCatalog.Find</c>), so facts can refer to each other in any order, cycles included,
/// while every property still returns the one shared object; code that builds facts at run time passes the fact
/// itself, or a function that returns it.
/// </summary>
public readonly struct FactRef<T> where T : Fact
{
    private readonly Func<T>? _resolve;
    private readonly T? _fact;
    private readonly string? _id;
    private readonly Func<string, Fact?>? _lookup;

    /// <summary>A reference resolved later, on first read.</summary>
    public FactRef(Func<T> resolve)
    {
        _resolve = resolve ?? throw new ArgumentNullException(nameof(resolve));
        _fact = null;
    }

    /// <summary>A reference to a fact that already exists.</summary>
    public FactRef(T fact)
    {
        _fact = fact ?? throw new ArgumentNullException(nameof(fact));
        _resolve = null;
    }

    /// <summary>A reference by id, looked up with <paramref name="lookup"/> when read.</summary>
    public FactRef(string id, Func<string, Fact?> lookup)
    {
        _id = id ?? throw new ArgumentNullException(nameof(id));
        _lookup = lookup ?? throw new ArgumentNullException(nameof(lookup));
    }

    /// <summary>The referenced fact.</summary>
    public T Fact => _fact ?? _resolve?.Invoke() ?? Lookup();

    /// <summary>
    /// The id the reference names: the id it was made with, or the id of the fact it was made from. Null for an empty
    /// reference (<c>default</c>), and for a reference through a function, which is not called here (see
    /// <see cref="Find"/>).
    /// </summary>
    public string? Id => _id ?? _fact?.Id;

    /// <summary>True for <c>default(FactRef&lt;T&gt;)</c>, which refers to nothing: a field left out.</summary>
    public bool IsEmpty => _fact is null && _resolve is null && _lookup is null;

    /// <summary>
    /// The fact the reference names, of whatever type, or null when nothing has its id or the reference is empty;
    /// unlike <see cref="Fact"/> it does not throw for those, so that validation can tell a missing fact (FM2001) from
    /// one of the wrong kind (FM2002). A reference through a function calls it.
    /// </summary>
    public Fact? Find() => _fact ?? _resolve?.Invoke() ?? (_lookup is null ? null : _lookup(_id!));

    private T Lookup()
    {
        if (_lookup is null) throw new InvalidOperationException("An empty FactRef refers to nothing.");
        return _lookup(_id!) switch
        {
            T fact => fact,
            null => throw new InvalidOperationException($"No fact has the id '{_id}'."),
            var other => throw new InvalidOperationException($"'{_id}' is a {other.GetType().Name}, not a {typeof(T).Name}."),
        };
    }

    /// <summary>A reference to an existing fact.</summary>
    public static implicit operator FactRef<T>(T fact) => new(fact);
}

/// <summary>A read-only list of facts resolved from <see cref="FactRef{T}"/>s on read.</summary>
internal sealed class FactRefList<T> : IReadOnlyList<T> where T : Fact
{
    public static readonly FactRefList<T> Empty = new(Array.Empty<FactRef<T>>());

    private readonly FactRef<T>[] _refs;

    private FactRefList(FactRef<T>[] refs) => _refs = refs;

    public static IReadOnlyList<T> From(IEnumerable<FactRef<T>>? refs)
    {
        var array = ReadOnly.Copy(refs);
        return array.Length == 0 ? Empty : new FactRefList<T>(array);
    }

    public T this[int index] => _refs[index].Fact;

    public int Count => _refs.Length;

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var reference in _refs) yield return reference.Fact;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Copies optional list arguments into read-only arrays so that facts stay immutable.</summary>
internal static class ReadOnly
{
    public static IReadOnlyList<T> List<T>(IEnumerable<T>? items)
    {
        if (items is Handover<T> handed) return handed;
        var array = Copy(items);
        return array.Length == 0 ? array : Array.AsReadOnly(array);
    }

    /// <summary>
    /// A copy the caller owns, or the array of a <see cref="Handover{T}"/>, which no one else holds; arrays and other
    /// collections in one step.
    /// </summary>
    public static T[] Copy<T>(IEnumerable<T>? items)
    {
        switch (items)
        {
            case null:
            case ICollection<T> { Count: 0 }:
                return Array.Empty<T>();
            case Handover<T> handed:
                return handed.Array;
            case T[] array:
                // Through a span: Clone and Array.Copy take general paths that cost more than building the facts.
                return new ReadOnlySpan<T>(array).ToArray();
            case ICollection<T> collection:
                var copy = new T[collection.Count];
                collection.CopyTo(copy, 0);
                return copy;
            default:
                return new List<T>(items).ToArray();
        }
    }
}

/// <summary>
/// A list the data reader built for one fact and hands over to it: no one else holds its array, so the fact keeps the
/// list as its own instead of copying it as it copies what other code passes (the copies were most of the time and a
/// fifth of the memory that building a generated model's facts took).
/// </summary>
internal sealed class Handover<T> : System.Collections.ObjectModel.ReadOnlyCollection<T>
{
    public Handover(T[] items) : base(items) => Array = items;

    /// <summary>The items, for a fact that wraps them its own way (<see cref="FactRefList{T}"/>).</summary>
    public T[] Array { get; }
}
