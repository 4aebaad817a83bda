using System.Globalization;
using System.Text;

namespace FactModel.Cli.Export;

/// <summary>
/// <c>export --format dot --diagram timeline</c>: the periods of the timeline, as written ("2024-08", "summer
/// 2024", "undated"), in one column from top to bottom, each with its events in a column to its right.
/// </summary>
internal static class DotTimeline
{
    public static string Render(Facts.FactSet facts, string title)
    {
        var periods = Timeline.Of(facts);
        var text = new StringBuilder("digraph timeline {\n");
        // Left to right, the periods share the first rank, so their chain runs down the page and each period's
        // events line up beside it, however many there are.
        text.Append("    graph [rankdir=LR, nodesep=0.15, ranksep=0.6, fontname=\"Helvetica\", label=").Append(DotText.Quote(title)).Append(", labelloc=t];\n");
        text.Append("    node [fontname=\"Helvetica\", fontsize=10, shape=box, style=\"rounded,filled\", fillcolor=\"#fef3c7\"];\n");
        text.Append("    edge [fontname=\"Helvetica\", fontsize=9, arrowhead=none];\n");
        for (int i = 0; i < periods.Count; i++)
        {
            text.Append("    ").Append(PeriodId(i)).Append(" [label=").Append(DotText.Quote(periods[i].Label))
                .Append(", shape=box, style=\"filled\", fillcolor=\"#e5e7eb\", fontsize=12];\n");
        }
        text.Append("    { rank=same;");
        for (int i = 0; i < periods.Count; i++) text.Append(' ').Append(PeriodId(i)).Append(';');
        text.Append(" }\n");
        for (int i = 1; i < periods.Count; i++)
            text.Append("    ").Append(PeriodId(i - 1)).Append(" -> ").Append(PeriodId(i)).Append(" [penwidth=2, arrowhead=normal];\n");
        for (int i = 0; i < periods.Count; i++)
        {
            foreach (var @event in periods[i].Events)
            {
                text.Append("    ").Append(DotText.Quote(@event.Id)).Append(" [label=").Append(DotText.Quote(@event.Text)).Append("];\n");
                text.Append("    ").Append(PeriodId(i)).Append(" -> ").Append(DotText.Quote(@event.Id)).Append(" [style=dotted];\n");
            }
        }
        text.Append("}\n");
        return text.ToString();
    }

    // Periods get ids of their own: a date may not be a node id, and no fact id starts with "period ".
    private static string PeriodId(int index) => DotText.Quote("period " + index.ToString(CultureInfo.InvariantCulture));
}
