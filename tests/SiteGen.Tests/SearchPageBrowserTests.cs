namespace SiteGen.Tests;

/// <summary>
/// The search page driven in Debian's Chromium through <c>tests/search/browser.mjs</c>. A class of its own so
/// that it runs beside the lunr.js comparisons (<see cref="SearchAgainstLunrTests"/>) rather than after them.
/// </summary>
public sealed class SearchPageBrowserTests
{
    [Fact]
    public void Browser_searches_the_seed_site_under_a_base_path()
    {
        using var temp = new TempFolder();
        const string basePath = SeedSite.PathOnlyUrl;
        var seed = SearchFolder.Prepare(SeedSite.UnderPath, SeedSite.Collection, temp.Combine("seed"));
        var tricky = SearchFolder.Prepare(Path.Combine(Repo.Fixtures, "search", "tricky"), temp.Combine("tricky"), basePath);
        NodeScript.Passes("browser.mjs", seed, tricky, basePath);
    }
}
