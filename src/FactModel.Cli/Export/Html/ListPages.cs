using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Cli.Facts;
using FactModel.Specs;

namespace FactModel.Cli.Export.Html;

/// <summary>
/// The lists of a section's facts (the built-in sections and those the project's own kinds declare) and of the
/// documents, <see cref="SitePaths.PageSize"/> rows a page.
/// </summary>
internal static class ListPages
{
    /// <summary>The list name and heading of each section: "actors", "Actors".</summary>
    public static readonly IReadOnlyList<(FactSection Section, string Name, string Heading)> Sections = new[]
    {
        (FactSection.Actors, "actors", "Actors"), (FactSection.Places, "places", "Places"),
        (FactSection.Events, "events", "Events"), (FactSection.Figures, "figures", "Figures"),
    };

    public const string Documents = "documents";

    /// <summary>A page of the list of a section, built-in or declared, whose pages are at <paramref name="pathOf"/> (at the site's root).</summary>
    public static string RenderSection(SiteModel site, FactSection section, Func<int, string> pathOf, string heading, IReadOnlyList<FactDefinition> facts, int page)
    {
        int pages = SitePaths.PageCount(facts.Count);
        var html = new HtmlWriter();
        PageLayout.Begin(html, pathOf(page), pages == 1 ? $"{heading} ({facts.Count})" : $"{heading} ({facts.Count}), page {page} of {pages}");
        PageLayout.Pager(html, pathOf, page, pages);
        string detail = section switch { FactSection.Events => "date", FactSection.Figures => "value", _ => "kind" };
        html.Open("table").Open("tr").Element("th", "name").Element("th", detail).Element("th", "id").Close("tr").Line();
        foreach (var definition in facts.Skip((page - 1) * SitePaths.PageSize).Take(SitePaths.PageSize))
        {
            var fact = definition.Fact;
            string value = fact switch
            {
                EventSpec @event => FactText.DateOf(@event.Date),
                FigureSpec figure => FigureValues.TextOf(figure, site.Facts),
                _ => FactText.KindOf(fact) ?? "",
            };
            html.Open("tr").Open("td").Link(SitePaths.Fact(fact.Id), FactText.NameOf(fact, site.Facts.Kinds)).Close("td")
                .Element("td", value).Element("td", fact.Id, "class", "muted").Close("tr").Line();
        }
        html.Close("table").Line();
        PageLayout.Pager(html, pathOf, page, pages);
        PageLayout.End(html);
        return html.ToString();
    }

    public static string RenderDocuments(SiteModel site, int page)
    {
        int pages = SitePaths.PageCount(site.Documents.Count);
        var html = new HtmlWriter();
        PageLayout.Begin(html, SitePaths.List(Documents, page), pages == 1 ? $"Documents ({site.Documents.Count})" : $"Documents ({site.Documents.Count}), page {page} of {pages}");
        PageLayout.Pager(html, Documents, page, pages);
        WriteDocuments(html, site, site.Documents.Skip((page - 1) * SitePaths.PageSize).Take(SitePaths.PageSize));
        PageLayout.Pager(html, Documents, page, pages);
        PageLayout.End(html);
        return html.ToString();
    }

    /// <summary>A table of documents, for a page at the site's root.</summary>
    public static void WriteDocuments(HtmlWriter html, SiteModel site, IEnumerable<ExportDocument> documents)
    {
        html.Open("table").Open("tr").Element("th", "title").Element("th", "published").Element("th", "citations").Element("th", "id").Close("tr").Line();
        foreach (var document in documents)
        {
            html.Open("tr").Open("td").Link(SitePaths.Document(document.Id), document.Spec?.Title ?? document.Id).Close("td")
                .Element("td", document.Spec?.Published?.ToString() ?? "")
                .Element("td", site.CitationsOf(document.Id).Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Element("td", document.Id, "class", "muted").Close("tr").Line();
        }
        html.Close("table").Line();
    }
}
