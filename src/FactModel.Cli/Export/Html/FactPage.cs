using System.Linq;
using FactModel.Cli.Facts;
using FactModel.Cli.Show;
using FactModel.Specs;

namespace FactModel.Cli.Export.Html;

/// <summary>
/// One fact's page: its fields in words (those of <c>factmodel show</c>, the fields its project declared too), an
/// event's date with its precision, a figure drawn, the facts it refers to and those that refer to it, and each
/// source quote linked to where it is highlighted in its document.
/// </summary>
internal static class FactPage
{
    public static string Render(SiteModel site, FactDefinition definition)
    {
        var fact = definition.Fact;
        string path = SitePaths.Fact(fact.Id);
        var html = new HtmlWriter();
        PageLayout.Begin(html, path, FactText.NameOf(fact, site.Facts.Kinds));
        html.Open("p", "class", "muted").Text(FactText.SectionWord(fact, site.Facts.Kinds) + " · " + fact.Id).Close("p").Line();

        html.Open("table", "class", "fields");
        foreach (var (label, lines) in FactFieldLines.Of(definition, site.Facts))
        {
            if (label == "source") continue; // below, with each quote linked to its document
            html.Open("tr").Element("th", label).Open("td");
            for (int i = 0; i < lines.Count; i++)
            {
                if (i > 0) html.Open("br");
                html.Text(lines[i]);
            }
            html.Close("td").Close("tr").Line();
            if (label == "date" && fact is EventSpec { Date: { } date }) DateRow(html, date);
        }
        html.Close("table").Line();

        if (fact is FigureSpec figure) Figure(html, site, figure);

        var links = FactLink.Of(fact).ToList();
        html.Element("h2", $"Refers to ({links.Count})");
        if (links.Count == 0) html.Element("p", "No other fact.", "class", "muted");
        else
        {
            html.Open("ul");
            foreach (var link in links) LinkItem(html, site, link.TargetId, Describe(link));
            html.Close("ul").Line();
        }

        var referrers = site.ReferrersOf(fact.Id).ToList();
        html.Element("h2", $"Referred to by ({referrers.Count})");
        if (referrers.Count == 0) html.Element("p", "No other fact.", "class", "muted");
        else
        {
            html.Open("ul");
            foreach (var (from, link) in referrers) LinkItem(html, site, from.Id, Describe(link));
            html.Close("ul").Line();
        }

        html.Element("h2", $"Sources ({fact.Sources.Count})");
        for (int i = 0; i < fact.Sources.Count; i++)
        {
            var citation = site.CitationOf(fact.Id, i);
            html.Open("blockquote").Text(citation.Quote).Close("blockquote");
            string page = "../" + SitePaths.Document(citation.DocumentId);
            html.Open("p").Text("in ").Link(citation.Range is null ? page : page + "#" + citation.Anchor, citation.DocumentId)
                .Text(citation.Range is null ? "" : $", quote {citation.Number} of the document").Close("p").Line();
        }
        PageLayout.End(html);
        return html.ToString();
    }

    // "month: the days 2024-08-01 to 2024-08-31"; a day says only that it is a day.
    private static void DateRow(HtmlWriter html, DateSpan date)
    {
        string precision = FactText.Word(date.Start.Precision);
        string days = date.LastDay is { } last
            ? (last == date.FirstDay ? "the day " + FactText.IsoDay(last) : "the days " + FactText.IsoDay(date.FirstDay) + " to " + FactText.IsoDay(last))
            : "from " + FactText.IsoDay(date.FirstDay) + ", still going on";
        html.Open("tr").Element("th", "precision").Element("td", precision + ": " + days).Close("tr").Line();
    }

    private static void Figure(HtmlWriter html, SiteModel site, FigureSpec figure)
    {
        var value = FigureValues.ValueOf(figure, site.Facts);
        if (value is null && figure.Share is null) return;
        html.Element("h2", "Drawn");
        if (value is not null)
        {
            html.Element("p", "The value, between its derived bounds: " + FigureDrawing.Describe(value) + ".");
            FigureDrawing.Interval(html, value);
        }
        if (figure.Share is { } share && figure.Of is { } of)
        {
            html.Open("p").Text("The share, against its whole: ");
            if (site.Facts.Find(of.Id) is null) html.Text(site.NameOf(of.Id) + ReferencedNote(site, of.Id));
            else html.Link("../" + SitePaths.Fact(of.Id), site.NameOf(of.Id));
            html.Text(".").Close("p");
            FigureDrawing.ShareBar(html, share, site.NameOf(of.Id));
        }
    }

    private static void LinkItem(HtmlWriter html, SiteModel site, string id, string how)
    {
        html.Open("li").Element("span", how + ": ", "class", "muted");
        // A fact of a referenced model has no page here: its name, id and model, as text.
        if (site.Facts.ReferencedModelOf(id) is { } model) html.Text(site.NameOf(id)).Element("span", $" ({id}, in the referenced model {model.Name})", "class", "muted");
        else if (site.Facts.Find(id) is null) html.Text(id + " (no fact has this id)");
        else html.Link("../" + SitePaths.Fact(id), site.NameOf(id)).Element("span", " (" + id + ")", "class", "muted");
        html.Close("li").Line();
    }

    private static string ReferencedNote(SiteModel site, string id) =>
        site.Facts.ReferencedModelOf(id) is { } model ? $" ({id}, in the referenced model {model.Name})" : "";

    // The key, with what it says about the link: "roles (leader)", "participants (visitor)".
    private static string Describe(FactLink link) => link.Detail is { } detail && link.Key is "roles" or "participants"
        ? $"{link.Key} ({detail})"
        : link.Key;
}
