using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests.Html;

/// <summary>The command around the site: where it writes, what it refuses, and how long lists are cut into pages.</summary>
public class HtmlExportCommandTests
{
    [Fact]
    public void The_html_format_needs_a_folder_to_write_to()
    {
        var result = Tool.Run("export", "--format", "html");

        result.ExitCode.ShouldBe(2);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldBe("factmodel: the html format writes a folder of pages: give it with --out DIR\n");
    }

    [Fact]
    public void A_folder_that_holds_other_files_is_refused_and_left_alone()
    {
        using var directory = new TemporaryDirectory();
        string mine = directory.Write("site/notes.txt", "mine");

        var result = Tool.Run("export", "--format", "html", "--out", Path.Combine(directory.Path, "site"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("is not empty and holds no earlier export (factmodel-site.txt); give a new or empty folder");
        File.ReadAllText(mine).ShouldBe("mine");
        Directory.GetFileSystemEntries(Path.GetDirectoryName(mine)!).Length.ShouldBe(1);
    }

    [Fact]
    public void Exporting_again_replaces_the_pages_of_the_earlier_export_and_nothing_else()
    {
        using var directory = new TemporaryDirectory();
        SyntheticFacts.Write(directory.Path, 8);
        string site = Path.Combine(directory.Path, "site");
        Tool.RunIn(directory.Path, "export", "--format", "html", "--out", site).ExitCode.ShouldBe(0);
        string mine = Path.Combine(site, "facts", "notes.txt");
        File.WriteAllText(mine, "mine");
        string gone = Path.Combine(site, "facts", "figure-00007.html");
        File.Exists(gone).ShouldBeTrue();

        // The facts lose their last fact: its page goes.
        SyntheticFacts.Write(directory.Path, 7);
        var result = Tool.RunIn(directory.Path, "export", "--format", "html", "--out", site);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Error.ShouldStartWith("factmodel: wrote ");
        File.Exists(gone).ShouldBeFalse();
        File.ReadAllText(mine).ShouldBe("mine");
    }

    [Fact]
    public void Long_lists_are_cut_into_pages_that_stay_small()
    {
        using var directory = new TemporaryDirectory();
        SyntheticFacts.Write(directory.Path, 1_000);
        var site = ExportedSite.Export(directory.Path, Path.Combine(directory.Path, "site"));

        var pages = site.Pages;
        pages.Count(p => p.StartsWith("facts/", StringComparison.Ordinal)).ShouldBe(1_000);
        pages.ShouldContain("actors-2.html");
        foreach (string list in pages.Where(p => !p.Contains('/', StringComparison.Ordinal) && p != "index.html"))
        {
            var page = site.Parse(list);
            // Rows of a table (and its header), events of the timeline, boxes of the graph.
            foreach (string rows in new[] { "main table tr", "main svg rect.band", "main ul li", "main svg > a" })
                page.QuerySelectorAll(rows).Length.ShouldBeLessThanOrEqualTo(SitePageSize + 1, $"{list}: {rows}");
            page.QuerySelectorAll("nav.pager").Length.ShouldBe(list == "documents.html" ? 0 : 2, list);
        }
        foreach (string page in pages.Where(p => p != "index.html"))
            new FileInfo(Path.Combine(site.Folder, page)).Length.ShouldBeLessThan(200_000, page);
    }

    private const int SitePageSize = 200;
}
