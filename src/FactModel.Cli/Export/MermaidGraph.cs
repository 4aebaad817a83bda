using System.Linq;
using System.Text;
using FactModel.Specs;

namespace FactModel.Cli.Export;

/// <summary>
/// <c>export --format mermaid --diagram graph</c>: a Mermaid flowchart of actors (rounded), events (rectangles),
/// places (hexagons) and facts of the sections a project declares (subroutine boxes), with labelled edges, styled by
/// class; the facts of referenced models these facts refer to with a dashed outline.
/// </summary>
internal static class MermaidGraph
{
    public static string Render(Facts.FactSet facts)
    {
        var graph = FactGraph.Of(facts);
        var text = new StringBuilder("flowchart LR\n");
        foreach (var node in graph.Nodes)
        {
            string label = "\"" + MermaidText.Label(node.Label) + "\"";
            string shape = node.Section switch
            {
                FactSection.Actors => "(" + label + ")",
                FactSection.Places => "{{" + label + "}}",
                FactSection.Declared => "[[" + label + "]]",
                _ => "[" + label + "]",
            };
            text.Append("    ").Append(MermaidText.NodeId(node.Id)).Append(shape).Append('\n');
        }
        foreach (var edge in graph.Edges)
        {
            text.Append("    ").Append(MermaidText.NodeId(edge.From))
                .Append(" -->|\"").Append(MermaidText.Label(edge.Label)).Append("\"| ")
                .Append(MermaidText.NodeId(edge.To)).Append('\n');
        }
        text.Append("    classDef actor fill:#dbeafe,stroke:#1e40af,color:#0f172a\n");
        text.Append("    classDef event fill:#fef3c7,stroke:#92400e,color:#0f172a\n");
        text.Append("    classDef place fill:#dcfce7,stroke:#166534,color:#0f172a\n");
        // Only where there are such facts, so that a fact base without declared sections draws as it always did.
        if (graph.Nodes.Any(n => n.Section == FactSection.Declared)) text.Append("    classDef declared fill:#ede9fe,stroke:#5b21b6,color:#0f172a\n");
        AppendClass(text, graph, FactSection.Actors, "actor");
        AppendClass(text, graph, FactSection.Events, "event");
        AppendClass(text, graph, FactSection.Places, "place");
        AppendClass(text, graph, FactSection.Declared, "declared");
        // A referenced model's fact: its section's shape and colours, with a dashed outline.
        var referenced = graph.Nodes.Where(n => n.Model is not null).Select(n => MermaidText.NodeId(n.Id)).ToList();
        if (referenced.Count > 0)
        {
            text.Append("    classDef referenced stroke-dasharray:5 3\n");
            text.Append("    class ").Append(string.Join(",", referenced)).Append(" referenced\n");
        }
        return text.ToString();
    }

    private static void AppendClass(StringBuilder text, FactGraph graph, FactSection section, string className)
    {
        var ids = graph.Nodes.Where(n => n.Section == section).Select(n => MermaidText.NodeId(n.Id)).ToList();
        if (ids.Count > 0) text.Append("    class ").Append(string.Join(",", ids)).Append(' ').Append(className).Append('\n');
    }
}
