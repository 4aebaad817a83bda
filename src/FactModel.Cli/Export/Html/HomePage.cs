using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactModel.Cli.Facts;

namespace FactModel.Cli.Export.Html;

/// <summary>
/// The home page: how many facts each section has (the sections the project's own kinds declare too, each linked
/// to its list), the documents, the search box and the timeline's first page.
/// </summary>
internal static class HomePage
{
    public static string Render(SiteModel site, IReadOnlyList<(string Label, TimelineEvent Event)> timeline)
    {
        var html = new HtmlWriter();
        var titles = site.Documents.Where(d => d.Spec?.Title is not null).Select(d => d.Spec!.Title!).ToList();
        PageLayout.Begin(html, SitePaths.Home, titles.Count == 1 ? "Facts of \u201C" + titles[0] + "\u201D" : "Facts", SearchIndex.Script);

        html.Open("table", "class", "counts").Line();
        foreach (var (section, name, heading) in ListPages.Sections)
            Count(html, SitePaths.List(name, 1), heading, site.Facts.Definitions.Count(d => d.Fact.Section == section));
        foreach (string section in site.Facts.DeclaredSections)
            Count(html, SitePaths.SectionList(section, 1), FactText.SectionHeading(section), site.Facts.InSection(section).Count());
        Count(html, SitePaths.List(ListPages.Documents, 1), "Documents", site.Documents.Count);
        html.Close("table").Line();

        html.Element("h2", "Search");
        SearchIndex.Write(html, site);

        html.Element("h2", "Documents");
        ListPages.WriteDocuments(html, site, site.Documents.Take(SitePaths.PageSize));
        if (site.Documents.Count > SitePaths.PageSize) html.Open("p").Link(SitePaths.List(ListPages.Documents, 2), "More documents").Close("p");

        html.Element("h2", "Timeline");
        TimelinePages.Write(html, site, timeline.Take(SitePaths.PageSize).ToList());
        if (timeline.Count > SitePaths.PageSize) html.Open("p").Link(SitePaths.List(TimelinePages.Name, 2), "The timeline continues").Close("p");
        html.Open("p").Link(SitePaths.List(GraphPages.Name, 1), "The graph of actors and places").Close("p").Line();
        PageLayout.End(html, SearchIndex.Script);
        return html.ToString();
    }

    private static void Count(HtmlWriter html, string page, string heading, int count) =>
        html.Open("tr").Open("th").Link(page, heading).Close("th")
            .Element("td", count.ToString("N0", CultureInfo.InvariantCulture)).Close("tr").Line();
}
