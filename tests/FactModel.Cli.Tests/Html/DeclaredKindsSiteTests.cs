using System.Text.Json;
using AngleSharp.Dom;
using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests.Html;

/// <summary>
/// The review site of a project that declares its own kinds (Inputs/kinds): a page per fact of every kind with its
/// declared fields, a list per declared section linked from the home page, links that all lead somewhere, and no
/// value of a declared field ever becoming markup.
/// </summary>
public class DeclaredKindsSiteTests
{
    private static readonly Lazy<ExportedSite> Export = new(() =>
        ExportedSite.Export(Tool.Input("kinds"), Path.Combine(AppContext.BaseDirectory, "kinds-site")));

    private static ExportedSite Site => Export.Value;

    private static string? Field(IDocument page, string label) =>
        page.QuerySelectorAll("table.fields tr").FirstOrDefault(r => r.QuerySelector("th")?.TextContent == label)?.QuerySelector("td")?.TextContent;

    [Fact]
    public void Every_fact_has_a_page_and_every_declared_section_a_list_linked_from_the_home_page()
    {
        var root = Site.Facts.RootElement;
        var ids = new[] { "actors", "places", "events", "figures", "casualty-reports", "election-results", "sanctions" }
            .SelectMany(s => root.GetProperty(s).EnumerateArray()).Select(f => f.GetProperty("id").GetString()!).ToList();

        ids.Count.ShouldBe(14);
        foreach (string id in ids) Site.Pages.ShouldContain($"facts/{id}.html");
        string[] lists = ["section.casualty-reports.html", "section.election-results.html", "section.sanctions.html"];
        foreach (string page in lists) Site.Pages.ShouldContain(page);
        Site.Pages.Count.ShouldBe(ids.Count + 1 + 8 + lists.Length);

        var counts = Site.Parse("index.html").QuerySelectorAll("table.counts tr")
            .Select(r => r.QuerySelector("a")!.GetAttribute("href") + " " + r.QuerySelector("a")!.TextContent + " " + r.QuerySelector("td")!.TextContent).ToList();
        counts.ShouldBe(new[]
        {
            "actors.html Actors 5", "places.html Places 2", "events.html Events 2", "figures.html Figures 1",
            "section.casualty-reports.html Casualty reports 2", "section.election-results.html Election results 2", "section.sanctions.html Sanctions 0",
            "documents.html Documents 1",
        });

        var list = Site.Parse("section.casualty-reports.html");
        list.QuerySelector("h1")!.TextContent.ShouldBe("Casualty reports (2)");
        list.QuerySelectorAll("table tr td:first-child a").Select(a => a.GetAttribute("href") + " " + a.TextContent)
            .ShouldBe(new[] { "facts/old-bridge-hostages.html old-bridge-hostages", "facts/old-bridge-toll.html old-bridge-toll" });
        list.QuerySelectorAll("table tr td:nth-child(2)").Select(td => td.TextContent).ShouldBe(new[] { "hostage-report", "casualty-report" });
        Site.Parse("section.election-results.html").QuerySelectorAll("table tr td:first-child a").Select(a => a.TextContent)
            .ShouldBe(new[] { "Civic List in the Riverton council", "Greens in the Riverton council" });
    }

    [Fact]
    public void A_page_of_a_declared_fact_gives_its_kind_its_declared_fields_and_its_links_both_ways()
    {
        var toll = Site.Parse("facts/old-bridge-toll.html");
        toll.QuerySelector("p.muted")!.TextContent.ShouldBe("casualty-report · old-bridge-toll");
        Field(toll, "kind").ShouldBe("casualty-report");
        Field(toll, "attack").ShouldBe("old-bridge-strike (Air strike on the Old Bridge)");
        Field(toll, "killed").ShouldBe("at least 12");
        Field(toll, "wounded").ShouldBe("dozens");
        Field(toll, "share-civilian").ShouldBe("most");
        Field(toll, "verified").ShouldBe("false");
        var hrefs = toll.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        hrefs.ShouldContain("../facts/old-bridge-strike.html");   // it refers to the attack
        hrefs.ShouldContain("../facts/old-bridge-dead.html");     // and a figure is about it

        var politician = Site.Parse("facts/ada-moss.html");
        politician.QuerySelector("p.muted")!.TextContent.ShouldBe("actor · ada-moss");
        Field(politician, "kind").ShouldBe("politician (extends person)");
        Field(politician, "party").ShouldBe("green-party (Green Party)");
        Field(politician, "in-office-since").ShouldBe("2019-05");
        politician.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain("../facts/ben-ortiz.html");

        // A party's page lists who refers to it through a declared field, under the field's key.
        Site.Parse("facts/green-party.html").QuerySelectorAll("li").Select(li => li.TextContent)
            .ShouldContain("party: Greens in the Riverton council (riverton-greens)");
        // The search lists a fact of a declared section with its section's kind.
        using var index = JsonDocument.Parse(Site.Parse("index.html").QuerySelector("#search-index")!.TextContent);
        index.RootElement.EnumerateArray().Single(e => e[0].GetString() == "old-bridge-hostages")[1].GetString().ShouldBe("+casualty-report");
        index.RootElement.EnumerateArray().Single(e => e[0].GetString() == "ada-moss")[1].GetString().ShouldBe("a");
    }

    [Fact]
    public void A_value_that_holds_markup_is_shown_as_text()
    {
        var toll = Site.Parse("facts/old-bridge-toll.html");

        Field(toll, "summary").ShouldBe("<script>alert('toll')</script> & \"most\" were civilians");
        toll.QuerySelectorAll("script").ShouldBeEmpty();
        Site.Read("facts/old-bridge-toll.html").ShouldContain("&lt;script&gt;alert(&#39;toll&#39;)&lt;/script&gt; &amp; &quot;most&quot;");
    }

    [Fact]
    public void Every_link_leads_to_a_page_of_the_site()
    {
        foreach (string page in Site.Pages)
        {
            foreach (var link in Site.Parse(page).QuerySelectorAll("a"))
            {
                string href = link.GetAttribute("href").ShouldNotBeNull($"{page}: a link without href");
                string target = href.Split('#', 2)[0];
                if (target.Length == 0) continue;
                File.Exists(Path.GetFullPath(Path.Combine(Site.Folder, Path.GetDirectoryName(page)!, target))).ShouldBeTrue($"{page}: '{href}' leads to no page");
            }
        }
    }

    [Theory]
    [MemberData(nameof(HostileTextTests.HostileStrings), MemberType = typeof(HostileTextTests))]
    public void Hostile_text_in_declared_fields_renders_as_text_and_never_as_markup_or_script(string label, string yamlEscaped)
    {
        using var directory = new TemporaryDirectory();
        string t = $"\"{yamlEscaped}\"";
        directory.Write("facts/x.yaml",
            "kinds:\n"
            + "  - { id: report, section: reports, fields: [ { key: title, type: text, required: true }, { key: lines, type: text, list: true }, { key: about, type: fact } ] }\n"
            + "  - { id: politician, extends: person, fields: [ { key: motto, type: text } ] }\n"
            + $"actors:\n  - {{ id: x, kind: politician, name: x, motto: {t}, source: {{ document: doc, quote: \"The words\" }} }}\n"
            + $"reports:\n  - {{ id: r, title: {t}, lines: [{t}, {t}], about: x, source: {{ document: doc, quote: \"The words\" }} }}\n");
        directory.Write("seeds/doc.txt", "Before. The words. After.\n");
        var site = ExportedSite.Export(directory.Path, Path.Combine(directory.Path, "site"));

        foreach (string path in site.Pages)
        {
            var page = site.Parse(path);
            page.QuerySelectorAll("script").Select(s => s.GetAttribute("type") ?? "").ShouldBe(path == "index.html" ? new[] { "application/json", "" } : Array.Empty<string>(), $"{label}: {path}");
            page.QuerySelectorAll("*").SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).ShouldBeEmpty($"{label}: {path}");
            page.QuerySelectorAll("img, iframe, object, embed, link").ShouldBeEmpty($"{label}: {path}");
            site.Read(path).Where(c => c is '\u202E' or '\u2066' or '\u2069' or '\u200F' or '\u2028' or '\u2029' or '\u0085' or '\0' or '\u0007' or '\u001B')
                .ShouldBeEmpty($"{label}: {path}");
        }

        // The text shows as written, with hidden characters by their code, as in every other field.
        using var json = JsonDocument.Parse(Tool.RunIn(directory.Path, "export", "--format", "json").Output);
        string text = json.RootElement.GetProperty("reports")[0].GetProperty("title").GetString()!;
        string shown = Visible(text);
        Field(site.Parse("facts/r.html"), "title").ShouldBe(shown, label);
        site.Parse("facts/r.html").QuerySelector("h1")!.TextContent.ShouldBe(shown, label);
        Field(site.Parse("facts/x.html"), "motto").ShouldBe(shown, label);
    }

    // As HostileTextTests: the text as written, with the characters that would hide or reorder it by their code.
    private static string Visible(string text) => string.Concat(text.Select(c =>
        c is '\u202E' or '\u2066' or '\u2069' or '\u200F' or '\u2028' or '\u2029' or '\u0085' or '\0' or '\u0007' or '\u001B'
            ? $"[U+{(int)c:X4}]" : c.ToString()));
}
