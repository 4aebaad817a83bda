using System.Text;

namespace FactModel.Cli.Export;

/// <summary>
/// <c>export --format mermaid --diagram timeline</c>: a Mermaid <c>timeline</c> with a section per year (and one for
/// undated events), a period per date as written, and the events of each period.
/// </summary>
internal static class MermaidTimeline
{
    public static string Render(Facts.FactSet facts, string title)
    {
        var text = new StringBuilder("timeline\n");
        text.Append("    title ").Append(MermaidText.TimelineText(title)).Append('\n');
        string? section = null;
        foreach (var period in Timeline.Of(facts))
        {
            if (period.Section != section)
            {
                section = period.Section;
                text.Append("    section ").Append(MermaidText.TimelineText(section)).Append('\n');
            }
            text.Append("        ").Append(MermaidText.TimelineText(period.Label));
            for (int i = 0; i < period.Events.Count; i++)
            {
                // The first event follows the period; the others go on lines of their own, as Mermaid allows.
                if (i > 0) text.Append('\n').Append("            ");
                text.Append(" : ").Append(MermaidText.TimelineText(period.Events[i].Text));
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
