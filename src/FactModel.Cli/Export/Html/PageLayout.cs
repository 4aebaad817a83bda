using System;
using System.Security.Cryptography;
using System.Text;

namespace FactModel.Cli.Export.Html;

/// <summary>
/// What every page shares: the head with its style sheet, the navigation, the pager of long lists, and a Content
/// Security Policy that lets the page run only the site's own style and script (by their hashes) and load nothing:
/// even markup that escaped escaping could not run a script or fetch a file.
/// </summary>
internal static class PageLayout
{
    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2430;background:#fff}
        header{background:#1d2f4a;padding:.5em 1.5em}header a{color:#fff;margin-right:1.2em;text-decoration:none}
        header a.home{font-weight:bold}main{max-width:1100px;margin:0 auto;padding:1em 1.5em 3em}
        h1{font-size:1.6em;margin:.4em 0}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #dde}
        table{border-collapse:collapse}td,th{text-align:left;vertical-align:top;padding:.2em .8em .2em 0}
        th{color:#556}.muted{color:#667}.fields th{white-space:nowrap;font-weight:normal}
        .ctl{background:#fde2e2;color:#9b1c1c;font:12px monospace;border:1px solid #e99;padding:0 2px}
        blockquote{margin:.4em 0;padding:.2em .8em;border-left:4px solid #f2c94c;background:#fffbea}
        .document-text{white-space:pre-wrap;font-family:Georgia,serif;font-size:16px;line-height:1.7}
        .s{color:#8a8f98}.s.cited{color:#1d2430}
        mark.quote,mark.quote-more{background:#fff1a8;color:inherit;border-bottom:2px solid #e0b400}
        mark mark{background:#ffd86b}mark:target{outline:2px solid #d9480f}
        sup.ref{font:11px system-ui,sans-serif}sup.ref a{color:#b35c00}
        .pager{margin:1em 0}.pager a,.pager span{margin-right:.6em}
        .drawing{overflow-x:auto;margin:.6em 0}svg text{font:12px system-ui,sans-serif;fill:#1d2430}
        svg a text{fill:#1d4ed8}svg text.edge{font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:3px}svg .axis{stroke:#99a}svg .band{fill:#4c7bd9}svg .open{fill:#fff}
        #search{font-size:1.1em;padding:.3em .5em;width:24em;max-width:100%}
        """;

    private static readonly string StyleSource = "<style>" + Style + "</style>";

    /// <summary>Writes the start of a page at <paramref name="path"/>, up to its first heading.</summary>
    public static void Begin(HtmlWriter html, string path, string title, string? script = null)
    {
        string root = SitePaths.RootOf(path);
        string policy = "default-src 'none'; style-src " + Hash(Style) + "; script-src " + (script is null ? "'none'" : Hash(script))
            + "; img-src 'none'; base-uri 'none'; form-action 'none'";
        html.Markup("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Open("meta", "http-equiv", "Content-Security-Policy", "content", policy).Line();
        html.Open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").Line();
        html.Element("title", title + " · FactModel review").Line();
        html.Markup(StyleSource).Markup("\n</head>\n<body>\n<header><nav>");
        html.Open("a", "class", "home", "href", root + SitePaths.Home).Text("FactModel review").Close("a");
        foreach (var (name, words) in new[] { ("actors", "Actors"), ("places", "Places"), ("events", "Events"), ("figures", "Figures"), ("documents", "Documents"), ("timeline", "Timeline"), ("graph", "Graph") })
            html.Link(root + SitePaths.List(name, 1), words);
        html.Markup("</nav></header>\n<main>\n");
        html.Element("h1", title).Line();
    }

    /// <summary>Writes the end of a page, with its script if it has one.</summary>
    public static void End(HtmlWriter html, string? script = null)
    {
        html.Markup("</main>\n");
        if (script is not null) html.Markup("<script>").Markup(script).Markup("</script>\n");
        html.Markup("</body>\n</html>\n");
    }

    /// <summary>Links to every page of a list: "Page 2 of 5: 1 2 3 4 5", the current page not a link.</summary>
    public static void Pager(HtmlWriter html, string name, int page, int pageCount) =>
        Pager(html, p => SitePaths.List(name, p), page, pageCount);

    /// <summary>Links to every page of a list whose pages are at <paramref name="pathOf"/>, the current page not a link.</summary>
    public static void Pager(HtmlWriter html, Func<int, string> pathOf, int page, int pageCount)
    {
        if (pageCount <= 1) return;
        html.Open("nav", "class", "pager", "aria-label", "pages").Element("span", $"Page {page} of {pageCount}:");
        for (int p = 1; p <= pageCount; p++)
        {
            string number = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (p == page) html.Element("span", number, "aria-current", "page");
            else html.Link(pathOf(p), number);
        }
        html.Close("nav").Line();
    }

    private static string Hash(string source) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(source))) + "'";
}
