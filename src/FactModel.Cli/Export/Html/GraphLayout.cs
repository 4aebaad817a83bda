using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Specs;

namespace FactModel.Cli.Export.Html;

/// <summary>A node placed by <see cref="GraphLayout"/>: the left of its box, and its top.</summary>
internal sealed record PlacedNode(GraphNode Node, double X, double Y);

/// <summary>One drawing of <see cref="GraphLayout"/>: connected groups of actors and places, placed, with their edges.</summary>
internal sealed record GraphPicture(IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<GraphEdge> Edges, double Width, double Height);

/// <summary>
/// Lays out the graph of actors and places (roles, part-of, led-by, within) in layers, as a family tree is drawn:
/// what a node belongs to, is led by or is within sits above it. Each connected group is laid out on its own: rows by
/// depth (a node with nothing above it is in the top row), each row ordered by the mean position of what it points
/// to in the row above, groups stacked one below the other. Groups are packed into pictures of at most
/// <see cref="SitePaths.PageSize"/> nodes, one picture per page. Deterministic: ties are broken by id.
/// </summary>
internal static class GraphLayout
{
    public const double NodeWidth = 170, NodeHeight = 34, ColumnGap = 24, RowGap = 56, GroupGap = 40, Margin = 12;

    public static IReadOnlyList<GraphPicture> Of(FactGraph graph)
    {
        var nodes = graph.Nodes.Where(n => n.Section is FactSection.Actors or FactSection.Places)
            .ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = graph.Edges.Where(e => nodes.ContainsKey(e.From) && nodes.ContainsKey(e.To) && e.From != e.To)
            .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.Label, StringComparer.Ordinal)
            .ToList();
        var up = nodes.Keys.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        var neighbours = nodes.Keys.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            up[edge.From].Add(edge.To);
            neighbours[edge.From].Add(edge.To);
            neighbours[edge.To].Add(edge.From);
        }

        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = Groups(nodes.Keys.Order(StringComparer.Ordinal), neighbours)
            .OrderByDescending(g => g.Count).ThenBy(g => g[0], StringComparer.Ordinal).ToList();

        var pictures = new List<GraphPicture>();
        var pageGroups = new List<List<string>>();
        int pageNodes = 0;
        foreach (var group in groups)
        {
            if (pageNodes > 0 && pageNodes + group.Count > SitePaths.PageSize)
            {
                pictures.Add(Picture(pageGroups, nodes, edges, up, depth));
                pageGroups = new();
                pageNodes = 0;
            }
            pageGroups.Add(group);
            pageNodes += group.Count;
        }
        if (pageGroups.Count > 0) pictures.Add(Picture(pageGroups, nodes, edges, up, depth));
        return pictures;
    }

    private static GraphPicture Picture(List<List<string>> groups, Dictionary<string, GraphNode> nodes, List<GraphEdge> edges,
        Dictionary<string, List<string>> up, Dictionary<string, int> depth)
    {
        var placed = new List<PlacedNode>();
        double top = Margin, width = 0;
        foreach (var group in groups)
        {
            foreach (string id in group) Depth(id, up, depth, new HashSet<string>(StringComparer.Ordinal));
            var rows = group.GroupBy(id => depth[id]).OrderBy(g => g.Key).Select(g => g.Order(StringComparer.Ordinal).ToList()).ToList();
            var x = new Dictionary<string, double>(StringComparer.Ordinal);
            for (int r = 0; r < rows.Count; r++)
            {
                if (r > 0)
                {
                    // Under what they point to: by the mean column of their targets in the rows above, then by id.
                    rows[r] = rows[r].OrderBy(id => up[id].Where(x.ContainsKey).Select(t => x[t]).DefaultIfEmpty(double.MaxValue).Average())
                        .ThenBy(id => id, StringComparer.Ordinal).ToList();
                }
                for (int i = 0; i < rows[r].Count; i++) x[rows[r][i]] = Margin + i * (NodeWidth + ColumnGap);
            }
            for (int r = 0; r < rows.Count; r++)
            {
                foreach (string id in rows[r]) placed.Add(new PlacedNode(nodes[id], x[id], top + r * (NodeHeight + RowGap)));
                width = Math.Max(width, Margin * 2 + rows[r].Count * (NodeWidth + ColumnGap) - ColumnGap);
            }
            top += rows.Count * (NodeHeight + RowGap) - RowGap + GroupGap;
        }
        var ids = new HashSet<string>(placed.Select(p => p.Node.Id), StringComparer.Ordinal);
        return new GraphPicture(placed, edges.Where(e => ids.Contains(e.From)).ToList(), width, top - GroupGap + Margin);
    }

    // The longest way up from a node; an edge back into the way being followed (a cycle) is not followed.
    private static int Depth(string id, Dictionary<string, List<string>> up, Dictionary<string, int> depth, HashSet<string> visiting)
    {
        if (depth.TryGetValue(id, out int known)) return known;
        visiting.Add(id);
        int result = 0;
        foreach (string target in up[id])
        {
            if (!visiting.Contains(target)) result = Math.Max(result, Depth(target, up, depth, visiting) + 1);
        }
        visiting.Remove(id);
        depth[id] = result;
        return result;
    }

    private static IEnumerable<List<string>> Groups(IEnumerable<string> ids, Dictionary<string, List<string>> neighbours)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string start in ids)
        {
            if (!seen.Add(start)) continue;
            var group = new List<string>();
            var queue = new Queue<string>();
            queue.Enqueue(start);
            while (queue.Count > 0)
            {
                string id = queue.Dequeue();
                group.Add(id);
                foreach (string next in neighbours[id])
                {
                    if (seen.Add(next)) queue.Enqueue(next);
                }
            }
            group.Sort(StringComparer.Ordinal);
            yield return group;
        }
    }
}
