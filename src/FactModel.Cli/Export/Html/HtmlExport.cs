using System;
using System.Linq;
using FactModel.Cli.Facts;
using FactModel.Specs;
using FactModel.Validation;

namespace FactModel.Cli.Export.Html;

/// <summary>
/// <c>factmodel export --format html --out DIR</c>: a static review site, plain files opened from disk. The home
/// page (counts, documents, search, timeline), a page per fact (of the project's own kinds too), a page per document
/// with its quotes highlighted, lists (one per section, the sections the project's own kinds declare too), the
/// timeline and the graph of actors and places, paginated. Deterministic: the same facts give the same
/// files, byte for byte.
/// </summary>
internal static class HtmlExport
{
    /// <summary>Writes the site into <paramref name="root"/> and returns how many pages it has.</summary>
    /// <param name="facts">The facts, without errors.</param>
    /// <param name="root">The folder's full path.</param>
    /// <param name="display">The folder as the command line names it, for messages.</param>
    /// <param name="readText">A document's text as written, or null when it cannot be read again.</param>
    public static int Write(FactSet facts, string root, string display, Func<SourceDocument, string?> readText)
    {
        var site = new SiteModel(facts, readText);
        var writer = new SiteWriter(root, display);
        var timeline = TimelinePages.Rows(facts);

        writer.Write(SitePaths.Home, HomePage.Render(site, timeline));
        foreach (var (section, name, heading) in ListPages.Sections)
        {
            var inSection = facts.Definitions.Where(d => d.Fact.Section == section).ToList();
            for (int page = 1; page <= SitePaths.PageCount(inSection.Count); page++)
                writer.Write(SitePaths.List(name, page), ListPages.RenderSection(site, section, p => SitePaths.List(name, p), heading, inSection, page));
        }
        foreach (string section in facts.DeclaredSections)
        {
            var inSection = facts.InSection(section).ToList();
            for (int page = 1; page <= SitePaths.PageCount(inSection.Count); page++)
            {
                writer.Write(SitePaths.SectionList(section, page),
                    ListPages.RenderSection(site, FactSection.Declared, p => SitePaths.SectionList(section, p), FactText.SectionHeading(section), inSection, page));
            }
        }
        for (int page = 1; page <= SitePaths.PageCount(site.Documents.Count); page++)
            writer.Write(SitePaths.List(ListPages.Documents, page), ListPages.RenderDocuments(site, page));
        for (int page = 1; page <= SitePaths.PageCount(timeline.Count); page++)
            writer.Write(SitePaths.List(TimelinePages.Name, page), TimelinePages.Render(site, timeline, page));
        var pictures = GraphLayout.Of(FactGraph.Of(facts));
        for (int page = 1; page <= Math.Max(1, pictures.Count); page++)
            writer.Write(SitePaths.List(GraphPages.Name, page), GraphPages.Render(pictures, page));

        foreach (var definition in facts.Definitions) writer.Write(SitePaths.Fact(definition.Id), FactPage.Render(site, definition));
        foreach (var document in site.Documents) writer.Write(SitePaths.Document(document.Id), DocumentPage.Render(site, document));
        writer.Finish();
        return writer.Count;
    }
}
