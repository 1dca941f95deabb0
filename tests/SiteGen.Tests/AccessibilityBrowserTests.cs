namespace SiteGen.Tests;

/// <summary>
/// Every page kind in Debian's Chromium with axe-core (<c>tests/search/a11y.mjs</c>), light and dark, 360 and 1280 px:
/// no violations, and form fields and the search box's focus ring at least 3:1 against the page (WCAG 1.4.11).
/// </summary>
public sealed class AccessibilityBrowserTests
{
    [Fact]
    public void Every_page_kind_has_no_axe_violations_in_either_scheme_at_either_width()
    {
        using var temp = new TempFolder();
        const string basePath = SeedSite.PathOnlyUrl;
        var seed = SeedSite.Collection;
        // The pages with the most on them: the longest author list, the busiest author, a topic with subtopics.
        var paper = seed.Papers.MaxBy(p => p.Authors.Length)!;
        var author = seed.Authors.MaxBy(a => seed.PapersOfAuthor(a.Slug).Length)!;
        var topic = seed.Topics.First(t => seed.ChildrenOf(t.Slug).Length > 0);
        var free = seed.Pages[0];
        var seedPages = string.Join(",",
            "", $"papers/{paper.Slug}/", $"topics/{topic.Slug}/", $"authors/{author.Slug}/", "papers/", "topics/", "authors/",
            "search/?q=attention", $"{free.Slug}/", "404.html");

        using var lab = new BuiltSite(LabSite.Content, basePath, today: LabSite.Today);
        Assert.True(lab.Report.Succeeded);
        var labFolder = temp.Combine("lab");
        Directory.CreateDirectory(labFolder);
        Directory.CreateSymbolicLink(Path.Combine(labFolder, "site"), lab.Output);

        NodeScript.Passes(TimeSpan.FromMinutes(10), "a11y.mjs", basePath,
            SearchFolder.Prepare(SeedSite.UnderPath, seed, temp.Combine("seed")), seedPages,
            labFolder, "reading-group/,paths/,paths/start-here/");
    }

    [Fact]
    public void Theme_toggle_is_named_by_its_visible_label_and_its_icon_follows_the_scheme()
    {
        using var temp = new TempFolder();
        var folder = SearchFolder.Prepare(SeedSite.UnderPath, SeedSite.Collection, temp.Combine("seed"));
        NodeScript.Passes("theme-toggle.mjs", folder, SeedSite.PathOnlyUrl);
    }
}
