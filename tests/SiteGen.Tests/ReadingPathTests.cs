using System.Diagnostics;

namespace SiteGen.Tests;

/// <summary>Reading paths (<c>content/paths/&lt;slug&gt;.md</c>): their pages, their .bib, and where paper and topic pages point to them.</summary>
public sealed class ReadingPathTests(LabSite lab) : IClassFixture<LabSite>
{
    private BuiltSite Site => lab.Site;

    [Fact]
    public void Path_page_lists_the_steps_in_order_with_notes_requirements_and_reading_time()
    {
        var page = Site.Page("paths/start-here/index.html");
        Assert.Equal("Start here", page.QuerySelector("h1")!.TextContent);
        var steps = page.QuerySelectorAll("ol.path-steps > li.path-step");
        Assert.Equal(["/list/papers/attention/", "/list/papers/flash/", "/list/papers/flash2/", "/list/papers/survey/"],
            steps.Select(s => s.QuerySelector(".card-title a")!.GetAttribute("href")));
        Assert.Equal(["step-1", "step-2", "step-3", "step-4"], steps.Select(s => s.Id));
        Assert.Equal("Read sections 1 to 3; skip the <b>training</b> details.", steps[0].QuerySelector(".step-note")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main b"));
        Assert.Equal(["#step-2", "#step-1"], steps[2].QuerySelectorAll(".step-requires a").Select(a => a.GetAttribute("href")));
        Assert.Contains("about 3 h of reading", page.QuerySelector(".eyebrow")!.TextContent);
        Assert.Equal("/list/topics/efficiency/", page.QuerySelector(".page-head .prose a")!.GetAttribute("href"));
        // The checkboxes are the browser's doing (ReadingPathBrowserTests); the page itself has none.
        Assert.Empty(page.QuerySelectorAll("input[type=checkbox]"));
        Assert.Equal("Paths", page.QuerySelector(".site-nav a[aria-current=page]")!.TextContent);
    }

    [Fact]
    public void Paths_index_lists_every_path_by_title()
    {
        var page = Site.Page("paths/index.html");
        Assert.Equal(["Replication club", "Start here"], page.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Contains("4 papers", page.QuerySelectorAll(".eyebrow")[1].TextContent);
    }

    [Fact]
    public void Paper_page_says_which_step_of_which_path_it_is()
    {
        var places = Site.Page("papers/flash2/index.html").QuerySelectorAll(".path-places li");
        Assert.Equal(["Step 3 of 4 in Start here"], places.Select(p => p.TextContent));
        Assert.Equal("/list/paths/start-here/#step-3", places[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["Step 2 of 2 in Replication club", "Step 1 of 4 in Start here"],
            Site.Page("papers/attention/index.html").QuerySelectorAll(".path-places li").Select(p => p.TextContent));
    }

    [Fact]
    public void Topic_page_links_the_paths_that_use_its_papers()
    {
        Assert.Equal(["/list/paths/start-here/"], Site.Page("topics/efficiency/index.html").QuerySelectorAll("#topic-paths + ul a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/list/paths/replication-club/", "/list/paths/start-here/"],
            Site.Page("topics/transformers/index.html").QuerySelectorAll("#topic-paths + ul a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Path_bib_holds_its_papers_in_step_order_and_passes_bibtool()
    {
        var bib = Site.Text("paths/start-here/papers.bib");
        var titles = new[] { "{Attention Is All You Need}", "{FlashAttention: Fast", "{FlashAttention-2", "{Efficient Transformers" };
        var at = titles.Select(t => bib.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, at);
        Assert.Equal(at.Order(), at);
        using var bibtool = Process.Start(new ProcessStartInfo("bibtool", ["-d", Path.Combine(Site.Output, "paths/start-here/papers.bib"), "-o", "/dev/null"]) { RedirectStandardError = true })!;
        var complaints = bibtool.StandardError.ReadToEnd();
        bibtool.WaitForExit();
        Assert.DoesNotContain("***", complaints);
    }

    [Fact]
    public void Paths_are_in_the_sitemap()
    {
        var sitemap = Site.Text("sitemap.xml");
        Assert.Contains("<loc>https://lab.example.org/list/paths/</loc>", sitemap);
        Assert.Contains("<loc>https://lab.example.org/list/paths/start-here/</loc>", sitemap);
    }

    [Fact]
    public void Path_pages_pass_check_links_under_a_path_only_base()
    {
        using var site = new BuiltSite(LabSite.Content, "/list/", today: LabSite.Today);
        Assert.Empty(Output.LinkChecker.Check(site.Output, "/list/"));
        Assert.True(site.Exists("paths/start-here/index.html"));
        Assert.True(site.Exists("reading-group.ics"));
    }

    [Fact]
    public void A_free_page_cannot_take_the_name_of_the_paths_or_the_reading_group()
    {
        using var site = InlineSite.OnePaper().Write("pages/paths.md", "---\ntitle: Mine\n---\n").Write("pages/reading-group.md", "---\ntitle: Mine\n---\n");
        using var built = site.Build();
        Assert.Equal(2, built.Report.Diagnostics.Count(d => d.Code == "slug"));
    }
}
