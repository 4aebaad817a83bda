namespace FactModel.Cli.Tests.Html;

/// <summary>
/// The seed's site in a real browser: headless Chromium (Debian's package, which .ci/run installs) opens the home
/// page, a fact page and the document page from disk, each renders without a script error, the document page has one
/// highlight per quote, and typing in the search box finds Yahya Sinwar. Screenshots of the three pages are left in
/// the test output folder, screenshots/. Without Chromium the test is skipped and says so; HtmlSiteTests check the
/// same pages without a browser on every machine.
/// </summary>
public class BrowserTests
{
    private static ExportedSite Site => ExportedSite.OfSeed;

    private static string Screenshots => Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task The_seed_site_renders_in_chromium_without_errors_and_its_search_finds_sinwar()
    {
        if (!File.Exists(ChromeDevTools.Executable))
            Assert.Skip($"Chromium is not installed ({ChromeDevTools.Executable} is missing; .ci/run installs it with 'apt-get install chromium'): the browser checks did not run. HtmlSiteTests still checked the pages without a browser.");
        await using var browser = await ChromeDevTools.StartAsync();

        var home = await browser.OpenAsync(Site.Url("index.html"));
        (await home.EvaluateAsync("document.getElementById('search').focus(); document.activeElement.id")).GetString().ShouldBe("search");
        await home.TypeAsync("Sinwar");
        var results = await home.EvaluateAsync("Array.from(document.querySelectorAll('#search-results a'), a => a.getAttribute('href'))");
        results.EnumerateArray().Select(r => r.GetString()).ShouldContain("facts/yahya-sinwar.html");
        (await home.EvaluateAsync("document.getElementById('search-status').textContent")).GetString().ShouldEndWith("matches.");
        await home.ScreenshotAsync(Path.Combine(Screenshots, "home.png"));
        home.Errors.ShouldBeEmpty();

        var fact = await browser.OpenAsync(Site.Url("facts/gaza-death-toll.html"));
        (await fact.EvaluateAsync("document.querySelector('h1').textContent")).GetString().ShouldBe("Palestinians in Gaza killed by Israel's offensive");
        (await fact.EvaluateAsync("document.querySelectorAll('svg circle.open').length")).GetInt32().ShouldBe(1);
        await fact.ScreenshotAsync(Path.Combine(Screenshots, "fact.png"));
        fact.Errors.ShouldBeEmpty();

        var document = await browser.OpenAsync(Site.Url("documents/blinken-arrives-in-israel.html"));
        int quotes = Site.Sources.Count(s => s.Document == "blinken-arrives-in-israel");
        (await document.EvaluateAsync("document.querySelectorAll('#text mark.quote').length")).GetInt32().ShouldBe(quotes);
        // Highlighted as a reader sees it: the style sheet applied (the policy let it), a mark's background not transparent.
        (await document.EvaluateAsync("getComputedStyle(document.querySelector('mark.quote')).backgroundColor")).GetString().ShouldBe("rgb(255, 241, 168)");
        await document.ScreenshotAsync(Path.Combine(Screenshots, "document.png"));
        document.Errors.ShouldBeEmpty();
    }
}
