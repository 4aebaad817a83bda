using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Core.Kinds;

namespace FactModel.Validation.Rules;

/// <summary>
/// FM2003: each relation (a reference key declared <c>cycles: never</c>) is a graph over ids that must have no cycle. A cycle is reported
/// once, at the reference that closes it, by a depth-first walk from each definition in definition order.
/// </summary>
public static class CycleRules
{
    /// <summary>Looks for cycles in the edges of <paramref name="files"/>.</summary>
    public static List<FactDiagnostic> Check(IEnumerable<EdgeSummary> files, DefinitionIndex index, CancellationToken cancellationToken = default)
    {
        // The nodes: the definitions that have edges, numbered in definition order. A reference to an id that is not
        // a node is skipped: either the id is not defined (FM2001 says so) or its definition has no edge to go on.
        var nodes = new List<(string Path, FactEdges Fact)>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in DefinitionOrder.OfFiles(files))
        foreach (var fact in file.Facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!index.IsDefinitionIn(fact.Id, file.FilePath) || numbers.ContainsKey(fact.Id)) continue;
            numbers.Add(fact.Id, nodes.Count);
            nodes.Add((file.FilePath, fact));
        }
        // Each edge's target, resolved once for every relation: a node's number, or -1.
        var targets = nodes.Select(n => n.Fact.Edges.Select(e => numbers.TryGetValue(e.Target.Id, out int t) ? t : -1).ToArray()).ToArray();

        var diagnostics = new List<FactDiagnostic>();
        foreach (string relation in Relations)
            Walk(relation, nodes, targets, diagnostics, cancellationToken);
        return diagnostics;
    }

    /// <summary>The keys declared <c>cycles: never</c>, in declaration order: cycles are looked for and reported in it.</summary>
    private static readonly string[] Relations = BuiltInKinds.Catalog.AcyclicRelations.ToArray();

    private static void Walk(string relation, List<(string Path, FactEdges Fact)> nodes, int[][] targets, List<FactDiagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        const byte OnPath = 1, Done = 2;
        var state = new byte[nodes.Count];
        var depth = new int[nodes.Count]; // where a node on the path is in it
        // The path from the start: each node with the index of the next edge to follow from it.
        var path = new List<(int Node, int Next)>();
        for (int start = 0; start < nodes.Count; start++)
        {
            if (state[start] != 0) continue;
            state[start] = OnPath;
            depth[start] = 0;
            path.Add((start, 0));
            while (path.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (node, next) = path[path.Count - 1];
                var edges = nodes[node].Fact.Edges;
                while (next < edges.Count && edges[next].Relation != relation) next++;
                if (next == edges.Count)
                {
                    state[node] = Done;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }
                path[path.Count - 1] = (node, next + 1);
                int target = targets[node][next];
                if (target < 0) continue;
                if (state[target] == OnPath)
                {
                    var cycle = path.Skip(depth[target]).Select(p => nodes[p.Node].Fact.Id).Append(nodes[target].Fact.Id);
                    diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.Cycle, nodes[node].Path, edges[next].Target.Span,
                        Subject.Of(nodes[node].Fact.Id), relation, string.Join(" -> ", cycle)));
                }
                else if (state[target] == 0)
                {
                    state[target] = OnPath;
                    depth[target] = path.Count;
                    path.Add((target, 0));
                }
            }
        }
    }
}
