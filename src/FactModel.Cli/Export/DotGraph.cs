using System.Text;
using FactModel.Specs;

namespace FactModel.Cli.Export;

/// <summary>
/// <c>export --format dot --diagram graph</c>: a Graphviz digraph of actors (ellipses), events (boxes), places
/// (hexagons) and facts of the sections a project declares (notes), with labelled edges; render it with <c>dot -Tsvg</c>.
/// The facts of referenced models these facts refer to are dashed.
/// </summary>
internal static class DotGraph
{
    public static string Render(Facts.FactSet facts)
    {
        var graph = FactGraph.Of(facts);
        var text = new StringBuilder("digraph facts {\n");
        text.Append("    graph [rankdir=LR, fontname=\"Helvetica\"];\n");
        text.Append("    node [fontname=\"Helvetica\", fontsize=10, style=filled];\n");
        text.Append("    edge [fontname=\"Helvetica\", fontsize=9];\n");
        foreach (var node in graph.Nodes)
        {
            string style = node.Section switch
            {
                FactSection.Actors => "shape=ellipse, fillcolor=\"#dbeafe\"",
                FactSection.Places => "shape=hexagon, fillcolor=\"#dcfce7\"",
                FactSection.Declared => "shape=note, fillcolor=\"#ede9fe\"",
                _ => "shape=box, fillcolor=\"#fef3c7\"",
            };
            // A referenced model's fact: dashed, with its model in the tooltip.
            if (node.Model is { } model) style += ", style=\"filled,dashed\", tooltip=" + DotText.Quote(node.Label + " (" + model + ")");
            text.Append("    ").Append(DotText.Quote(node.Id)).Append(" [label=").Append(DotText.Quote(node.Label)).Append(", ").Append(style).Append("];\n");
        }
        foreach (var edge in graph.Edges)
        {
            text.Append("    ").Append(DotText.Quote(edge.From)).Append(" -> ").Append(DotText.Quote(edge.To))
                .Append(" [label=").Append(DotText.Quote(edge.Label)).Append("];\n");
        }
        text.Append("}\n");
        return text.ToString();
    }
}
