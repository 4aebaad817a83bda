using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests.Html;

/// <summary>
/// A site written by <c>factmodel export --format html</c>, with its pages parsed as a browser parses them
/// (AngleSharp, HTML5), and the facts' own JSON export beside it, to check the pages against.
/// </summary>
public sealed class ExportedSite
{
    private static readonly Lazy<ExportedSite> Seed = new(() => Export(RepositoryFiles.Root, Path.Combine(AppContext.BaseDirectory, "seed-site")));

    private ExportedSite(string folder, JsonDocument facts)
    {
        Folder = folder;
        Facts = facts;
    }

    /// <summary>The site of the repository's own facts/ and seeds/, exported once per test run into the output folder.</summary>
    public static ExportedSite OfSeed => Seed.Value;

    public string Folder { get; }

    /// <summary>The same facts as <c>export --format json</c> gives them.</summary>
    public JsonDocument Facts { get; }

    /// <summary>Exports the facts of <paramref name="workingDirectory"/> (its facts/ and seeds/) into <paramref name="folder"/>.</summary>
    public static ExportedSite Export(string workingDirectory, string folder)
    {
        var result = Tool.RunIn(workingDirectory, "export", "--format", "html", "--out", folder);
        result.ExitCode.ShouldBe(0, result.ToString());
        var json = Tool.RunIn(workingDirectory, "export", "--format", "json");
        json.ExitCode.ShouldBe(0, json.ToString());
        return new ExportedSite(folder, JsonDocument.Parse(json.Output));
    }

    /// <summary>Every page, as paths relative to the site's folder with forward slashes, in order.</summary>
    public IReadOnlyList<string> Pages =>
        Directory.EnumerateFiles(Folder, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Folder, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    /// <summary>The page at <paramref name="path"/> (relative to the site), parsed.</summary>
    public IDocument Parse(string path) => new HtmlParser().ParseDocument(Read(path));

    /// <summary>The page's source.</summary>
    public string Read(string path) => File.ReadAllText(Path.Combine(Folder, path));

    /// <summary>The file:// URL of a page.</summary>
    public string Url(string path) => new Uri(Path.Combine(Folder, path)).AbsoluteUri;

    /// <summary>Every source of every fact of the JSON export: (fact id, document, quote).</summary>
    public IEnumerable<(string Fact, string Document, string Quote)> Sources =>
        new[] { "actors", "places", "events", "figures" }
            .SelectMany(section => Facts.RootElement.GetProperty(section).EnumerateArray())
            .SelectMany(fact => fact.GetProperty("sources").EnumerateArray().Select(source =>
                (fact.GetProperty("id").GetString()!, source.GetProperty("document").GetString()!, source.GetProperty("quote").GetString()!)));

    /// <summary>
    /// The text each quote highlights on a document page, by quote number: its <c>mark.quote</c> and the
    /// <c>mark.quote-more</c> that continue it, without the numbered links to the facts.
    /// </summary>
    public static IReadOnlyDictionary<string, string> HighlightedQuotes(IDocument page)
    {
        var text = page.QuerySelector("#text");
        if (text is null) return new Dictionary<string, string>();
        var clone = (IElement)text.Clone(deep: true);
        foreach (var reference in clone.QuerySelectorAll("sup.ref").ToList()) reference.Remove();
        return clone.QuerySelectorAll("mark.quote, mark.quote-more")
            .GroupBy(m => m.GetAttribute("data-q")!)
            .ToDictionary(g => g.Key, g => string.Concat(g.Select(m => m.TextContent)));
    }
}
