using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using FactModel.Cli.Tests.Infrastructure;
using FactModel.Validation;

namespace FactModel.Cli.Tests.Html;

/// <summary>
/// The review site of the seed article, read as a browser reads it but without one (so these run on every machine):
/// every page parses, every link and anchor leads somewhere, every quote is highlighted in its document, and the
/// pages say what the facts say.
/// </summary>
public class HtmlSiteTests
{
    private static ExportedSite Site => ExportedSite.OfSeed;

    [Fact]
    public void The_site_has_a_home_page_a_page_per_fact_and_per_document_and_the_lists()
    {
        var pages = Site.Pages;
        var ids = new[] { "actors", "places", "events", "figures" }
            .SelectMany(s => Site.Facts.RootElement.GetProperty(s).EnumerateArray()).Select(f => f.GetProperty("id").GetString()!).ToList();

        ids.Count.ShouldBe(89);
        foreach (string id in ids) pages.ShouldContain($"facts/{id}.html");
        pages.ShouldContain("documents/blinken-arrives-in-israel.html");
        foreach (string list in new[] { "index", "actors", "places", "events", "figures", "documents", "timeline", "graph" })
            pages.ShouldContain(list + ".html");
        pages.Count.ShouldBe(ids.Count + 1 + 8);
    }

    [Fact]
    public void Every_link_leads_to_a_page_of_the_site_and_every_anchor_to_an_element_of_it()
    {
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string page) => ids.TryGetValue(page, out var set) ? set
            : ids[page] = Site.Parse(page).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);

        int links = 0;
        foreach (string page in Site.Pages)
        {
            var document = Site.Parse(page);
            var pageIds = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            pageIds.Distinct(StringComparer.Ordinal).Count().ShouldBe(pageIds.Count, $"{page}: an id is used twice");
            foreach (var link in document.QuerySelectorAll("a"))
            {
                string href = link.GetAttribute("href").ShouldNotBeNull($"{page}: a link without href");
                href.ShouldNotContain(":", Case.Sensitive, $"{page}: '{href}' leaves the site");
                string[] parts = href.Split('#', 2);
                string target = parts[0].Length == 0 ? page
                    : Path.GetRelativePath(Site.Folder, Path.GetFullPath(Path.Combine(Site.Folder, Path.GetDirectoryName(page)!, parts[0]))).Replace('\\', '/');
                File.Exists(Path.Combine(Site.Folder, target)).ShouldBeTrue($"{page}: '{href}' leads to no page");
                if (parts.Length == 2) IdsOf(target).ShouldContain(parts[1], $"{page}: '{href}' leads to no element");
                links++;
            }
        }
        links.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void The_document_page_highlights_every_quote_that_cites_it_once_with_exactly_its_words()
    {
        var page = Site.Parse("documents/blinken-arrives-in-israel.html");
        var quotes = Site.Sources.Where(s => s.Document == "blinken-arrives-in-israel").ToList();

        page.QuerySelectorAll("mark.quote").Length.ShouldBe(quotes.Count);
        var highlighted = ExportedSite.HighlightedQuotes(page);
        highlighted.Count.ShouldBe(quotes.Count);
        // The words highlighted are the quotes, as the validator compares them (whitespace and typographic quotes aside).
        highlighted.Values.Select(QuoteText.Normalize).Order(StringComparer.Ordinal)
            .ShouldBe(quotes.Select(q => QuoteText.Normalize(q.Quote)).Order(StringComparer.Ordinal));
        // Each highlight is followed by a link to the fact that cites it, and each fact page links back to it.
        foreach (var mark in page.QuerySelectorAll("mark.quote"))
        {
            string fact = mark.GetAttribute("title")!.Split("cited by ")[1];
            var factPage = Site.Parse($"facts/{fact}.html");
            factPage.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain($"../documents/blinken-arrives-in-israel.html#{mark.Id}");
        }
    }

    [Fact]
    public void The_document_page_shows_the_whole_text_and_its_coverage()
    {
        var page = Site.Parse("documents/blinken-arrives-in-israel.html");
        string text = File.ReadAllText(RepositoryFiles.Path("seeds/blinken-arrives-in-israel.txt"));
        string shown = page.QuerySelector("#text")!.Clone(deep: true) is IElement clone
            ? RemoveReferences(clone).TextContent : "";

        shown.ShouldBe(text);
        var sentences = page.QuerySelectorAll("#text span.s");
        sentences.Length.ShouldBe(17);
        page.QuerySelector("p.coverage")!.TextContent.ShouldStartWith(
            $"Coverage: {sentences.Count(s => s.ClassList.Contains("cited"))} of 17 sentences cited (");
    }

    [Fact]
    public void A_fact_page_gives_the_fields_in_words_the_links_both_ways_and_the_quote()
    {
        var page = Site.Parse("facts/yahya-sinwar.html");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Yahya Sinwar");
        Field(page, "roles").ShouldBe("leader of hamas (Hamas)");
        var hrefs = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        hrefs.ShouldContain("../facts/hamas.html");                       // it refers to Hamas
        hrefs.ShouldContain("../facts/killing-of-yahya-sinwar.html");     // and the killing refers to it
        page.QuerySelectorAll("blockquote").Select(q => q.TextContent).ShouldContain("Hamas leader Yahya Sinwar");
    }

    [Fact]
    public void An_event_page_gives_its_date_with_its_precision()
    {
        var month = Site.Parse("facts/talks-halt.html");
        Field(month, "date").ShouldBe("2024-08");
        Field(month, "precision").ShouldBe("month: the days 2024-08-01 to 2024-08-31");
        Field(month, "status").ShouldBe("happened");
        Field(month, "certainty").ShouldNotBeNull();
    }

    [Fact]
    public void A_figure_is_drawn_with_an_open_end_for_an_excluded_bound_and_an_arrow_for_no_bound()
    {
        var over = Site.Parse("facts/gaza-death-toll.html");
        Field(over, "lower bound").ShouldBe("42000, exclusive");
        var drawing = over.QuerySelector("div.drawing svg")!;
        drawing.GetAttribute("aria-label").ShouldBe("from 42,000 (excluded), with no upper bound");
        drawing.QuerySelectorAll("circle.open").Length.ShouldBe(1);
        drawing.QuerySelectorAll("polygon").Length.ShouldBe(1);
        drawing.TextContent.ShouldContain("no upper bound");

        var share = Site.Parse("facts/hostages-believed-dead.html");
        var bars = share.QuerySelectorAll("div.drawing svg");
        bars.Length.ShouldBe(2);
        bars[0].QuerySelectorAll("circle:not(.open)").Length.ShouldBe(2); // 30 to 36.67, both included
        bars[1].GetAttribute("aria-label").ShouldBe("1/3 of hostages still held in Gaza: from 33.3% to 33.3% of the whole");
    }

    [Fact]
    public void The_timeline_draws_a_month_as_a_band_wider_than_a_day_and_lists_undated_events_with_their_order()
    {
        var page = Site.Parse("timeline.html");
        var bands = page.QuerySelectorAll("rect.band").ToDictionary(r => r.QuerySelector("title")!.TextContent + " " + r.GetAttribute("y"), r => double.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture));
        double day = bands.Where(b => System.Text.RegularExpressions.Regex.IsMatch(b.Key, @"^\d{4}-\d{2}-\d{2}: day precision ")).Max(b => b.Value);
        double month = bands.Where(b => b.Key.StartsWith("2024-08: month precision ", StringComparison.Ordinal)).Single().Value;
        month.ShouldBeGreaterThan(day * 5);
        page.QuerySelectorAll("ul li a").Select(a => a.TextContent).ShouldContain("Killing of Yahya Sinwar (before 2024-10-22)");
        Site.Read("index.html").ShouldContain("Killing of Yahya Sinwar (before 2024-10-22)");
    }

    [Fact]
    public void The_graph_draws_actors_and_places_with_their_links()
    {
        var svg = Site.Parse("graph.html").QuerySelector("div.drawing svg")!;
        var nodes = svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

        int actorsAndPlaces = Site.Facts.RootElement.GetProperty("actors").GetArrayLength() + Site.Facts.RootElement.GetProperty("places").GetArrayLength();
        nodes.Count.ShouldBe(actorsAndPlaces);
        nodes.ShouldContain("facts/yahya-sinwar.html");
        nodes.ShouldNotContain("facts/blinken-arrives-in-israel.html"); // an event
        var labels = svg.QuerySelectorAll("text.edge").Select(t => t.TextContent).ToList();
        labels.ShouldContain("leader");
        labels.ShouldContain("within");
        labels.ShouldContain("led by");
    }

    [Fact]
    public void Every_page_runs_only_its_own_style_and_script_as_its_content_security_policy_allows()
    {
        foreach (string path in Site.Pages)
        {
            var page = Site.Parse(path);
            string policy = page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
            policy.ShouldStartWith("default-src 'none';", Case.Sensitive, path);
            foreach (var style in page.QuerySelectorAll("style")) policy.ShouldContain($"style-src {Hash(style.TextContent)};", Case.Sensitive, path);
            var scripts = page.QuerySelectorAll("script:not([type])").ToList();
            if (scripts.Count == 0) policy.ShouldContain("script-src 'none';", Case.Sensitive, path);
            foreach (var script in scripts) policy.ShouldContain($"script-src {Hash(script.TextContent)};", Case.Sensitive, path);
            page.QuerySelectorAll("[style], link, img, iframe, object").ShouldBeEmpty(path);
        }
    }

    [Fact]
    public void The_same_facts_give_the_same_bytes()
    {
        using var directory = new TemporaryDirectory();
        var again = ExportedSite.Export(RepositoryFiles.Root, directory.Path);

        again.Pages.ShouldBe(Site.Pages);
        foreach (string page in Site.Pages) again.Read(page).ShouldBe(Site.Read(page), page);
    }

    private static string? Field(IDocument page, string label) =>
        page.QuerySelectorAll("table.fields tr").FirstOrDefault(r => r.QuerySelector("th")?.TextContent == label)?.QuerySelector("td")?.TextContent;

    private static IElement RemoveReferences(IElement element)
    {
        foreach (var reference in element.QuerySelectorAll("sup.ref").ToList()) reference.Remove();
        return element;
    }

    private static string Hash(string source) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(source))) + "'";
}
