using System;
using System.Collections.Generic;
using FactModel.Specs;

namespace FactModel.Validation;

/// <summary>
/// The source documents a set of fact files is checked against, looked up by name. Built once for all the files (each
/// file's check used to index every document again, which made checking quadratic in documents), and equal when
/// its documents are, so that the generator's step that builds it stays cached until a document changes.
/// </summary>
public sealed class SourceDocuments : IEquatable<SourceDocuments>
{
    private readonly Dictionary<string, SourceDocument> _byName = new(StringComparer.Ordinal);

    private SourceDocuments(EquatableArray<SourceDocument> all)
    {
        All = all;
        // Of two documents of one name, the last is the one quotes are checked in.
        foreach (var document in all) _byName[document.Name] = document;
    }

    /// <summary>The documents, in the order they were given.</summary>
    public EquatableArray<SourceDocument> All { get; }

    /// <summary>The names a source may cite.</summary>
    public IEnumerable<string> Names => _byName.Keys;

    public static SourceDocuments Of(IEnumerable<SourceDocument> documents) => new(documents.ToEquatableArray());

    public bool TryGet(string name, out SourceDocument document) => _byName.TryGetValue(name, out document!);

    public bool Equals(SourceDocuments? other) => other is not null && All.Equals(other.All);

    public override bool Equals(object? obj) => Equals(obj as SourceDocuments);

    public override int GetHashCode() => All.GetHashCode();
}
