using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace FactModel.Specs;

/// <summary>
/// An immutable array with value equality, so that models holding lists compare by content and the incremental
/// generator can tell an unchanged model from a changed one.
/// </summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps <paramref name="items"/>; the caller gives up the array and must not change it.</summary>
    public EquatableArray(T[] items) => _items = items;

    /// <summary>An empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <inheritdoc/>
    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    /// <inheritdoc/>
    public int Count => _items?.Length ?? 0;

    /// <summary>True when there are no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other)
    {
        T[] mine = _items ?? Array.Empty<T>(), theirs = other._items ?? Array.Empty<T>();
        // The same array: a value the driver cached and handed back, compared in O(1).
        if (ReferenceEquals(mine, theirs)) return true;
        if (mine.Length != theirs.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < mine.Length; i++)
        {
            if (!comparer.Equals(mine[i], theirs[i])) return false;
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = 17;
        foreach (var item in _items ?? Array.Empty<T>()) hash = unchecked(hash * 31 + (item?.GetHashCode() ?? 0));
        return hash;
    }

    /// <summary>
    /// An enumerator that is a struct, so that <c>foreach</c> over a spec's lists (every fact's sources, references,
    /// roles, read by the rules, the data writer and the emitters) allocates nothing; LINQ still gets the interface.
    /// </summary>
    public Enumerator GetEnumerator() => new(_items ?? Array.Empty<T>());

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>Enumerates the items of an <see cref="EquatableArray{T}"/>.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>The current item.</summary>
        public readonly T Current => _items[_index];

        /// <summary>Moves to the next item; false after the last.</summary>
        public bool MoveNext() => ++_index < _items.Length;
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
}

/// <summary>Creates <see cref="EquatableArray{T}"/>s.</summary>
public static class EquatableArray
{
    /// <summary>Copies <paramref name="items"/> into an equatable array.</summary>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items.ToArray());
}
