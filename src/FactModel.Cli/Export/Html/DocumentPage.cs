using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactModel.Cli.Facts;

namespace FactModel.Cli.Export.Html;

/// <summary>
/// A source document's page: its whole text, each sentence marked cited or not, each quote highlighted (one
/// <c>mark.quote</c> per citation, with the id its fact page links to, followed by a numbered link to the fact),
/// the share of sentences cited, and the list of citations.
/// </summary>
internal static class DocumentPage
{
    public static string Render(SiteModel site, ExportDocument document)
    {
        string path = SitePaths.Document(document.Id);
        var html = new HtmlWriter();
        PageLayout.Begin(html, path, document.Spec?.Title ?? document.Id);
        var citations = site.CitationsOf(document.Id);

        html.Open("table", "class", "fields");
        Row(html, "document", document.Id);
        if (document.Spec?.Publisher is { } publisher) Row(html, "publisher", publisher);
        if (document.Spec?.Published is { } published) Row(html, "published", published.ToString());
        if (document.Spec?.Url is { } url) Row(html, "url", url);
        if (document.File is { } file) Row(html, "file", file);
        html.Close("table").Line();

        var text = site.TextOf(document.Id);
        if (text is null)
        {
            html.Element("p", "The document's text was not read (no --sources folder holds it), so its quotes are listed without it.").Line();
        }
        else
        {
            var ranges = citations.Where(c => c.Range is not null).Select(c => c.Range!.Value).ToList();
            int cited = text.Sentences.Count(s => ranges.Any(r => r.Overlaps(s)));
            html.Element("h2", "Text");
            html.Open("p", "class", "coverage")
                .Text($"Coverage: {cited} of {text.Sentences.Count} sentences cited ({Percent(cited, text.Sentences.Count)}). ")
                .Element("span", "Cited sentences are dark, the others grey; each quote is highlighted and numbered, and the number links to the fact that cites it.", "class", "muted")
                .Close("p").Line();
            html.Open("div", "class", "document-text", "id", "text");
            WriteText(html, site, text, citations, ranges);
            html.Close("div").Line();
        }

        html.Element("h2", $"Citations ({citations.Count})");
        html.Open("ol", "class", "citations");
        foreach (var citation in citations)
        {
            html.Open("li", "id", "cite-" + citation.Number.ToString(CultureInfo.InvariantCulture));
            html.Open("blockquote").Text(citation.Quote).Close("blockquote");
            html.Text("cited by ").Link("../" + SitePaths.Fact(citation.Fact.Id), site.NameOf(citation.Fact.Id)).Text(" ");
            html.Element("span", "(" + citation.Fact.Id + ")", "class", "muted");
            if (citation.Range is not null) html.Text(" · ").Link("#" + citation.Anchor, "show in the text");
            else if (text is not null) html.Text(" · not found in the text");
            html.Close("li").Line();
        }
        html.Close("ol").Line();
        PageLayout.End(html);
        return html.ToString();
    }

    private static void Row(HtmlWriter html, string label, string value) =>
        html.Open("tr").Element("th", label).Element("td", value).Close("tr");

    private static string Percent(int part, int whole) =>
        whole == 0 ? "no sentences" : (100m * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// The text with its sentences as spans and its quotes as marks. Quotes may overlap without nesting (one ends
    /// inside another): then the mark that must close is closed, and those it was inside are reopened after it as
    /// <c>mark.quote-more</c>, so that the HTML stays well nested and each quote still has exactly one
    /// <c>mark.quote</c> where it starts.
    /// </summary>
    private static void WriteText(HtmlWriter html, SiteModel site, DocumentText text, IReadOnlyList<Citation> citations, IReadOnlyList<TextRange> ranges)
    {
        var spans = new List<Span>();
        spans.AddRange(text.Sentences.Select(s => new Span(s, null, ranges.Any(r => r.Overlaps(s)))));
        spans.AddRange(citations.Where(c => c.Range is not null).Select(c => new Span(c.Range!.Value, c, true)));
        // Outer before inner: by start, the longer first, a sentence before a quote of the same stretch.
        spans.Sort((a, b) => a.Range.Start != b.Range.Start ? a.Range.Start.CompareTo(b.Range.Start)
            : a.Range.End != b.Range.End ? b.Range.End.CompareTo(a.Range.End)
            : (a.Citation is null ? 0 : a.Citation.Number).CompareTo(b.Citation is null ? 0 : b.Citation.Number));

        var boundaries = spans.SelectMany(s => new[] { s.Range.Start, s.Range.End }).Append(0).Append(text.Text.Length)
            .Distinct().Order().ToList();
        var open = new List<Span>();
        int next = 0;
        for (int b = 0; b < boundaries.Count; b++)
        {
            int at = boundaries[b];
            int lowest = open.FindIndex(s => s.Range.End == at);
            if (lowest >= 0)
            {
                var reopen = new List<Span>();
                for (int i = open.Count - 1; i >= lowest; i--)
                {
                    Close(html, site, open[i], finished: open[i].Range.End == at);
                    if (open[i].Range.End != at) reopen.Insert(0, open[i]);
                }
                open.RemoveRange(lowest, open.Count - lowest);
                foreach (var span in reopen)
                {
                    Open(html, span, first: false);
                    open.Add(span);
                }
            }
            while (next < spans.Count && spans[next].Range.Start == at)
            {
                Open(html, spans[next], first: true);
                open.Add(spans[next++]);
            }
            if (b + 1 < boundaries.Count) html.Text(text.Text[at..boundaries[b + 1]]);
        }
    }

    private static void Open(HtmlWriter html, Span span, bool first)
    {
        if (span.Citation is not { } citation)
        {
            html.Open("span", "class", span.Cited ? "s cited" : "s");
            return;
        }
        string number = citation.Number.ToString(CultureInfo.InvariantCulture);
        if (first) html.Open("mark", "class", "quote", "id", citation.Anchor, "data-q", number, "title", "quote " + number + ", cited by " + citation.Fact.Id);
        else html.Open("mark", "class", "quote-more", "data-q", number);
    }

    private static void Close(HtmlWriter html, SiteModel site, Span span, bool finished)
    {
        if (span.Citation is not { } citation)
        {
            html.Close("span");
            return;
        }
        html.Close("mark");
        if (!finished) return;
        html.Open("sup", "class", "ref")
            .Link("../" + SitePaths.Fact(citation.Fact.Id), "[" + citation.Number.ToString(CultureInfo.InvariantCulture) + "]", site.NameOf(citation.Fact.Id))
            .Close("sup");
    }

    private sealed record Span(TextRange Range, Citation? Citation, bool Cited);
}
