using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>The relations that must not form cycles, in the order their cycles are looked for and reported.</summary>
public enum Relation
{
    /// <summary><c>part-of:</c> of actors and events.</summary>
    PartOf,
    /// <summary><c>within:</c> of places.</summary>
    Within,
    /// <summary><c>of:</c> of figures.</summary>
    Of,
    /// <summary><c>after:</c> of events.</summary>
    After,
    /// <summary><c>before:</c> of events.</summary>
    Before,
}

/// <summary>One reference of a relation, with where it is written (a cycle is reported there).</summary>
public readonly record struct Edge(Relation Relation, Reference Target);

/// <summary>A fact's edges, each relation's in the order they are written.</summary>
public sealed record FactEdges(string Id, EquatableArray<Edge> Edges);

/// <summary>
/// The edges of one file: the facts that may be definitions (the first of each id in the file) and have at least
/// one edge, in the file's definition order. A fact without edges cannot be on a cycle, so it is left out; a value
/// edit leaves the summary equal, so the global cycle check stays cached.
/// </summary>
public sealed record EdgeSummary(string FilePath, EquatableArray<FactEdges> Facts) : IFileSummary;
