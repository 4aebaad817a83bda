using System.Linq;
using FactModel.Cli.Facts;

namespace FactModel.Cli.Export;

/// <summary>Picks the renderer for a format and diagram.</summary>
internal static class Exporter
{
    public static string Render(FactSet facts, string format, string diagram, string? baseIri) => format switch
    {
        ExportFormat.Json => JsonExport.Render(facts),
        ExportFormat.JsonLd => JsonLdExport.Render(facts, baseIri),
        ExportFormat.Mermaid => diagram == ExportFormat.Timeline ? MermaidTimeline.Render(facts, TimelineTitle(facts)) : MermaidGraph.Render(facts),
        _ => diagram == ExportFormat.Timeline ? DotTimeline.Render(facts, TimelineTitle(facts)) : DotGraph.Render(facts),
    };

    /// <summary>"Events of "Blinken arrives in Israel..."" when the facts describe one titled document, else "Events".</summary>
    private static string TimelineTitle(FactSet facts)
    {
        var titles = facts.DocumentSpecs.Where(d => d.Title is not null).Select(d => d.Title!).ToList();
        return titles.Count == 1 ? $"Events of \"{titles[0]}\"" : "Events";
    }
}
