using System.Collections.Generic;
using System.Linq;
using FactModel.Cli.Facts;
using FactModel.Specs;

namespace FactModel.Cli.Export;

/// <summary>
/// A node of the fact graph: an actor, place or event, or a fact of a section the project declares; with
/// <paramref name="Model"/>, a fact of that referenced model that one of this model's facts refers to.
/// </summary>
internal sealed record GraphNode(string Id, string Label, FactSection Section, string? Model = null);

/// <summary>An edge of the fact graph, labelled with what the link means ("Secretary of State", "visitor", "within").</summary>
internal sealed record GraphEdge(string From, string To, string Label);

/// <summary>
/// The graph of actors, events and places for the Mermaid and DOT diagrams: who holds an office in whom, who is part
/// of or led by whom, which place is within which, who took part in which event and in what role, where events
/// happened and which event is part of which. Facts of the sections a project declares are nodes too, and every
/// reference in a field a project declared is an edge labelled by its key (a politician's "party", a casualty
/// report's "attack"). Figures and the order of events are left to the JSON exports and the timeline, so that the
/// picture stays readable. A fact of a referenced model that one of these facts refers to is a node too, after this
/// model's, marked with its model, so that the link is drawn; what it refers to in turn is its own model's picture.
/// </summary>
internal sealed record FactGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static FactGraph Of(FactSet facts)
    {
        var nodes = facts.Definitions.Where(d => d.Fact.Section != FactSection.Figures)
            .Select(d => new GraphNode(d.Id, FactText.NameOf(d.Fact, facts.Kinds), d.Fact.Section))
            .ToList();
        var ids = new HashSet<string>(nodes.Select(n => n.Id));
        var referenced = new SortedDictionary<string, GraphNode>(System.StringComparer.Ordinal);
        var edges = new List<GraphEdge>();
        foreach (var definition in facts.Definitions.Where(d => ids.Contains(d.Id)))
        {
            foreach (var link in FactLink.Of(definition.Fact))
            {
                if (EdgeOf(definition.Id, link) is not { } edge) continue;
                if (!ids.Contains(link.TargetId) && !referenced.ContainsKey(link.TargetId))
                {
                    if (facts.ReferencedModelOf(link.TargetId) is not { } model || facts.Resolve(link.TargetId) is not { } target
                        || target.Section == FactSection.Figures)
                        continue;
                    referenced.Add(target.Id, new GraphNode(target.Id, FactText.NameOf(target, facts.Kinds), target.Section, model.Name));
                }
                edges.Add(edge);
            }
        }
        return new FactGraph(nodes.Concat(referenced.Values).ToList(), edges);
    }

    // Each link drawn as it reads: "Blinken -visitor-> arrival", "arrival -in-> Israel", "troops -part of-> Israel".
    private static GraphEdge? EdgeOf(string id, FactLink link) => link.Declared ? new GraphEdge(id, link.TargetId, link.Key) : link.Key switch
    {
        "roles" => new GraphEdge(id, link.TargetId, link.Detail!),
        "part-of" => new GraphEdge(id, link.TargetId, "part of"),
        "led-by" => new GraphEdge(id, link.TargetId, "led by"),
        "within" => new GraphEdge(id, link.TargetId, "within"),
        "places" => new GraphEdge(id, link.TargetId, "in"),
        "participants" => new GraphEdge(link.TargetId, id, link.Detail!),
        _ => null,
    };
}
