using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>
/// The definition of an id: the first fact with it in definition order, its kind, and its file (empty for a fact of a
/// referenced model, which no file here defines).
/// </summary>
public sealed record Definition(string Id, string Kind, string FilePath);

/// <summary>
/// Every id's definition, in definition order, as the rules after the ids (references, cycles, dates, figures) need
/// it: to resolve a reference, and to tell the definition of an id from a duplicate. It holds no positions, so it
/// stays equal when an edit changes values or moves lines, and the rules that depend on it stay cached.
/// </summary>
public sealed record DefinitionIndex(EquatableArray<Definition> Definitions)
{
    private Dictionary<string, Definition>? _byId;

    /// <summary>The definition of <paramref name="id"/>, if any fact has that id.</summary>
    public bool TryGet(string id, out Definition definition)
    {
        // Built on first use; two threads racing build equal dictionaries, and either one is fine.
        _byId ??= Index(Definitions, d => d.Id);
        return _byId.TryGetValue(id, out definition!);
    }

    /// <summary>
    /// <paramref name="items"/> by key, in a dictionary sized up front (ToDictionary cannot see the count of an
    /// EquatableArray and grows step by step: at 10,000 facts, on the large object heap).
    /// </summary>
    internal static Dictionary<string, T> Index<T>(EquatableArray<T> items, Func<T, string> key)
    {
        var index = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items) index.Add(key(item), item);
        return index;
    }

    /// <summary>
    /// True when the first fact with <paramref name="id"/> in <paramref name="filePath"/> is the id's definition.
    /// Summaries keep only the first fact of each id in a file, so for them this is "is the definition".
    /// </summary>
    public bool IsDefinitionIn(string id, string filePath) => TryGet(id, out var definition) && definition.FilePath == filePath;

    /// <summary>Every defined id, in definition order.</summary>
    public IEnumerable<string> Ids => Definitions.Select(d => d.Id);

    /// <inheritdoc/>
    public bool Equals(DefinitionIndex? other) => other is not null && Definitions.Equals(other.Definitions);

    /// <inheritdoc/>
    public override int GetHashCode() => Definitions.GetHashCode();
}
