using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FactModel.Cli.Export.Html;

/// <summary>
/// Where each page of the site is, relative to the site's root folder. A fact's page is named by its id (ids are
/// kebab-case); a document's name can be any file name, so a name that is not plain lowercase letters, digits and
/// hyphens gets a safe form with a hash of the name, which also keeps "Doc" and "doc" apart on a file system that
/// ignores case. No path ever holds a character that would need escaping in a URL.
/// </summary>
internal static class SitePaths
{
    /// <summary>The most rows a list, a timeline or a graph page shows; longer lists continue on further pages.</summary>
    public const int PageSize = 200;

    public const string Home = "index.html";

    public static string Fact(string id) => "facts/" + Slug(id) + ".html";

    public static string Document(string id) => "documents/" + Slug(id) + ".html";

    /// <summary>The <paramref name="page"/>th page (from 1) of a list: "actors.html", "actors-2.html".</summary>
    public static string List(string name, int page) =>
        page == 1 ? name + ".html" : name + "-" + page.ToString(CultureInfo.InvariantCulture) + ".html";

    /// <summary>
    /// The <paramref name="page"/>th page (from 1) of the list of a section a project declares: "section.casualty-reports.html",
    /// "section.casualty-reports.2.html". Section names are kebab-case, so the dots keep them apart from the site's
    /// own lists (a section may be called "timeline") and from each other's pages (a section "a-2" and page 2 of "a").
    /// </summary>
    public static string SectionList(string section, int page) =>
        "section." + section + (page == 1 ? "" : "." + page.ToString(CultureInfo.InvariantCulture)) + ".html";

    /// <summary>How many pages <paramref name="count"/> rows take (at least one, which may say the list is empty).</summary>
    public static int PageCount(int count) => Math.Max(1, (count + PageSize - 1) / PageSize);

    /// <summary>The way from a page at <paramref name="path"/> back to the root: "" or "../".</summary>
    public static string RootOf(string path) => path.Contains('/', StringComparison.Ordinal) ? "../" : "";

    private static string Slug(string name)
    {
        if (IsPlain(name)) return name;
        var slug = new StringBuilder();
        foreach (char c in name.ToLowerInvariant())
        {
            if (slug.Length == 60) break;
            slug.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0, 4).ToLowerInvariant();
        return slug.ToString().Trim('-') is { Length: > 0 } readable ? readable + "-" + hash : hash;
    }

    private static bool IsPlain(string name)
    {
        if (name.Length is 0 or > 100 || name[0] == '-') return false;
        foreach (char c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')) return false;
        }
        return true;
    }
}
