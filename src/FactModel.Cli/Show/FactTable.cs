using System.Linq;
using System.Text;
using FactModel.Cli.Facts;
using FactModel.Cli.Output;
using FactModel.Specs;

namespace FactModel.Cli.Show;

/// <summary>
/// <c>factmodel show</c> without an id: one table per section, each fact's id, kind and name (title, measure), with
/// an event's date and a figure's value, in the order of the generated API (by id); the sections the project's own
/// kinds declare follow the built-in ones.
/// </summary>
internal static class FactTable
{
    public static string Render(FactSet facts)
    {
        var text = new StringBuilder();
        Section(text, "Actors", facts.All<ActorSpec>().Select(a => new[] { a.Id, FactText.KindOf(a) ?? "", FactText.NameOf(a, facts.Kinds) }).ToList(), "ID", "KIND", "NAME");
        Section(text, "Places", facts.All<PlaceSpec>().Select(p => new[] { p.Id, p.Kind ?? "", p.Name }).ToList(), "ID", "KIND", "NAME");
        Section(text, "Events", facts.All<EventSpec>().Select(e => new[] { e.Id, e.Kind ?? "", FactText.DateOf(e.Date), e.Title }).ToList(), "ID", "KIND", "DATE", "TITLE");
        Section(text, "Figures", facts.All<FigureSpec>().Select(f => new[] { f.Id, FactText.KindOf(f) ?? "", FigureValues.TextOf(f, facts), f.Measure }).ToList(), "ID", "KIND", "VALUE", "MEASURE");
        foreach (string section in facts.DeclaredSections)
        {
            Section(text, FactText.SectionHeading(section), facts.InSection(section)
                .Select(d => new[] { d.Id, FactText.KindOf(d.Fact) ?? "", FactText.NameOf(d.Fact, facts.Kinds) }).ToList(), "ID", "KIND", "NAME");
        }
        int files = facts.Files.Count;
        text.Append($"{facts.Definitions.Count} facts in {files} fact file{(files == 1 ? "" : "s")}; 'factmodel show <id>' shows one with everything that refers to it.\n");
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, System.Collections.Generic.List<string[]> rows, params string[] headers)
    {
        text.Append($"{title} ({rows.Count})\n");
        if (rows.Count > 0)
        {
            var table = new Table(headers);
            foreach (var row in rows) table.Add(row);
            text.Append(table.ToString("  "));
        }
        text.Append('\n');
    }
}
