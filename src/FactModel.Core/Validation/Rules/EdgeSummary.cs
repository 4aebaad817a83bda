using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>
/// One reference of a relation that may not loop (a key declared with <c>cycles: never</c>: part-of, within, after,
/// led-by...), with where it is written (a cycle is reported there).
/// </summary>
public readonly record struct Edge(string Relation, Reference Target);

/// <summary>A fact's edges, each relation's in the order they are written.</summary>
public sealed record FactEdges(string Id, EquatableArray<Edge> Edges);

/// <summary>
/// The edges of one file: the facts that may be definitions (the first of each id in the file) and have at least
/// one edge, in the file's definition order. A fact without edges cannot be on a cycle, so it is left out; a value
/// edit leaves the summary equal, so the global cycle check stays cached.
/// </summary>
public sealed record EdgeSummary(string FilePath, EquatableArray<FactEdges> Facts) : IFileSummary;
