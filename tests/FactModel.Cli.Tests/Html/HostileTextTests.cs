using AngleSharp.Dom;
using FactModel.Cli.Tests.Infrastructure;
using FactModel.Validation;

namespace FactModel.Cli.Tests.Html;

/// <summary>
/// No text in a fact file or a document becomes markup or script on the site, whatever it holds: the hostile strings
/// of the generator's escaping tests, in every field a page shows, render as the text they are, and characters that
/// would hide or reorder what a reviewer reads are shown by their code.
/// </summary>
public class HostileTextTests
{
    // The generator's EscapingTests.HostileStrings, as YAML double-quoted scalars, and the name of the issue.
    public static TheoryData<string, string> HostileStrings => new()
    {
        { "script", "<script>alert(1)</script>" },
        { "quote and backslash", "\\\"\\\\\\\" + System.Environment.Exit(1) + \\\"" },
        { "attribute breakout", "\\\" onmouseover=\\\"alert(1)\\\" x=' <img src=x onerror=alert(1)>" },
        { "comment terminators", "*/ /* </summary> <script> &amp; <!-- -->" },
        { "end of a JSON block", "</script><script>alert(1)</script>" },
        { "line and paragraph separators", "a\\u2028b\\u2029c\\x85d" },
        { "NUL and controls", "a\\0b\\x07c\\x1Bd\\te" },
        { "bidi override", "user\\u202Etxt.exe\\u2066x\\u2069\\u200F" },
        { "non-ASCII letters", "Ḥasan Naṣr Allāh حسن نصر الله 😀" },
    };

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Hostile_text_renders_as_text_and_never_as_markup_or_script(string label, string yamlEscaped)
    {
        using var directory = new TemporaryDirectory();
        string t = $"\"{yamlEscaped}\"";
        directory.Write("facts/x.yaml",
            "documents:\n  - { id: doc, title: " + t + ", publisher: " + t + " }\n"
            + $"actors:\n  - id: x\n    kind: person\n    name: {t}\n    description: {t}\n    notes: {t}\n    aliases: [{t}]\n"
            + $"    roles:\n      - {{ title: {t}, of: y }}\n    source: {{ document: doc, quote: \"The words\" }}\n"
            + "  - { id: y, kind: organization, name: y, source: { document: doc, quote: \"The words\" } }\n"
            + $"places:\n  - id: p\n    name: {t}\n    description: {t}\n    source: {{ document: doc, quote: \"The words\" }}\n"
            + $"events:\n  - id: e\n    title: {t}\n    date: 2024-08\n    description: {t}\n    participants:\n      - {{ actor: x, role: party }}\n"
            + "    source: { document: doc, quote: \"The words\" }\n"
            + $"figures:\n  - id: f\n    measure: {t}\n    value: 1\n    unit: {t}\n    about: x\n    source: {{ document: doc, quote: \"The words\" }}\n");
        directory.Write("seeds/doc.txt", "Before. The words. After.\n");
        string expected = FactModel.Core.Parsing.FactFileParser.Parse("x.yaml", $"places:\n  - id: p\n    name: {t}\n").Facts.Single() is FactModel.Specs.PlaceSpec place ? place.Name : "";
        var site = ExportedSite.Export(directory.Path, Path.Combine(directory.Path, "site"));

        foreach (string path in site.Pages)
        {
            string source = site.Read(path);
            var page = site.Parse(path);
            // Only the site's own script, and on the home page only: the search and its JSON index.
            page.QuerySelectorAll("script").Select(s => s.GetAttribute("type") ?? "").ShouldBe(path == "index.html" ? new[] { "application/json", "" } : Array.Empty<string>(), $"{label}: {path}");
            page.QuerySelectorAll("*").SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).ShouldBeEmpty($"{label}: {path}");
            page.QuerySelectorAll("img, iframe, object, embed, link").ShouldBeEmpty($"{label}: {path}");
            // No character that hides or reorders text reaches the page as itself.
            source.Where(c => c is '\u202E' or '\u2066' or '\u2069' or '\u200F' or '\u2028' or '\u2029' or '\u0085' or '\0' or '\u0007' or '\u001B')
                .ShouldBeEmpty($"{label}: {path}");
        }

        // The text shows as written, with hidden characters by their code.
        string visible = Visible(expected);
        var actor = site.Parse("facts/x.html");
        actor.QuerySelector("h1")!.TextContent.ShouldBe(visible, label);
        actor.QuerySelector("title")!.TextContent.ShouldBe(visible + " · FactModel review", label);
        site.Parse("facts/p.html").QuerySelector("h1")!.TextContent.ShouldBe(visible, label);
        site.Parse("facts/e.html").QuerySelector("h1")!.TextContent.ShouldBe(visible, label);
        site.Parse("documents/doc.html").QuerySelector("h1")!.TextContent.ShouldBe(visible, label);
        // In SVG too, where a span would end the drawing: the three boxes of the graph are still in it.
        var graph = site.Parse("graph.html").QuerySelector("main svg")!;
        graph.QuerySelectorAll("a").Length.ShouldBe(3, label);
        graph.QuerySelectorAll("title").Select(t => t.TextContent).ShouldContain(visible + " (x)", label);
        // The search index holds it as JSON data that gives the same text back.
        var index = System.Text.Json.JsonDocument.Parse(site.Parse("index.html").QuerySelector("#search-index")!.TextContent);
        index.RootElement.EnumerateArray().Single(e => e[0].GetString() == "x")[2].GetString().ShouldBe(visible, label);
    }

    [Fact]
    public void A_document_with_line_breaks_tabs_and_curly_quotes_has_each_quote_highlighted_where_the_validator_finds_it()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("seeds/doc.txt", "Title <b>\r\n\r\nHe said \u201Cthe  talks\r\n\tfailed\u201D; it\u2019s over.\nThe <talks> failed & ended! Nobody\u202E listened.\n");
        directory.Write("facts/x.yaml",
            "places:\n"
            + "  - { id: a, name: a, source: { document: doc, quote: '\"the talks failed\"' } }\n"
            + "  - { id: b, name: b, source: { document: doc, quote: \"talks failed\" } }\n"
            + "  - { id: c, name: c, source: { document: doc, quote: \"it's over. The <talks>\" } }\n"
            + "  - { id: d, name: d, source: { document: doc, quote: \"over. The\" } }\n"
            + "  - { id: e, name: e, source: { document: doc, quote: \"Title <b>\" } }\n"
            // Crosses the first quote: starts inside it and ends after it.
            + "  - { id: f, name: f, source: { document: doc, quote: 'failed\"; it''s' } }\n");
        var site = ExportedSite.Export(directory.Path, Path.Combine(directory.Path, "site"));
        var page = site.Parse("documents/doc.html");

        page.QuerySelectorAll("mark.quote").Length.ShouldBe(6);
        page.QuerySelectorAll("mark.quote-more").ShouldNotBeEmpty();
        ExportedSite.HighlightedQuotes(page).Values.Select(QuoteText.Normalize).Order(StringComparer.Ordinal)
            .ShouldBe(site.Sources.Select(s => QuoteText.Normalize(s.Quote)).Order(StringComparer.Ordinal));
        page.QuerySelectorAll("#text b").ShouldBeEmpty();
        page.QuerySelector("#text")!.TextContent.ShouldEndWith("Nobody[U+202E] listened.\n");
        site.Read("documents/doc.html").ShouldNotContain('\u202E');
        page.QuerySelector("p.coverage")!.TextContent.ShouldStartWith("Coverage: 4 of 5 sentences cited (80%)");
    }

    private static string Visible(string text) => string.Concat(text.Select(c =>
        c is '\u202E' or '\u2066' or '\u2069' or '\u200F' or '\u2028' or '\u2029' or '\u0085' or '\0' or '\u0007' or '\u001B'
            ? $"[U+{(int)c:X4}]" : c.ToString()));
}
