namespace SiteGen.Tests;

public sealed class BuildBehaviourTests
{
    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        // A full base URL, so feeds, sitemap and canonical URLs are compared too; related papers are on every paper page.
        // The first build is the one the other tests share.
        var first = SeedSite.Published;
        using var second = new BuiltSite(SeedSite.Content, SeedSite.PublishedUrl);
        Assert.True(first.Exists("feed.xml") && first.Exists("sitemap.xml"));
        var (a, b) = (TreeHash.Of(first.Output), TreeHash.Of(second.Output));
        var differing = a.Keys.Union(b.Keys).Where(f => a.GetValueOrDefault(f) != b.GetValueOrDefault(f)).Order(StringComparer.Ordinal).ToList();
        Assert.True(differing.Count == 0, "files that differ: " + string.Join(", ", differing.Take(20)) + "; the first " + (differing.Count == 0 ? "" :
            FirstDifference.Of(File.ReadAllText(Path.Combine(first.Output, differing[0])), File.ReadAllText(Path.Combine(second.Output, differing[0])))));
    }

    [Fact]
    public void A_file_in_the_sites_theme_folder_overrides_the_theme_file_at_the_same_path()
    {
        using var content = new InlineSite()
            .Write("theme/pages/404.liquid", "<p id=\"custom\">Lost in {{ site.title }}</p>")
            .Write("papers/2025/one.md", "---\ntitle: One\nauthors: [Ada]\ndate: 2025-01-01\ntopics: [language-models]\n---\n");
        using var site = content.Build();
        Assert.Equal("Lost in Inline site", site.Page("404.html").QuerySelector("#custom")!.TextContent);
        // The rest of the default theme still applies.
        Assert.NotNull(site.Page("papers/one/index.html").QuerySelector(".paper-authors a"));
    }

    [Fact]
    public void Page_templates_see_their_page_views_members_and_site_and_page_as_the_readme_says()
    {
        using var content = new InlineSite()
            .Write("theme/pages/home.liquid",
                "<p id=\"recent\">{{ recent.size }} {{ topics.size }}</p><a id=\"papers\" href=\"{{ site.papers_url }}\">{{ page.section }}</a>")
            .Write("theme/pages/search.liquid",
                "<p id=\"manifest\">{{ manifest_url }}</p><a id=\"topics\" href=\"{{ topics_url }}\">{{ site.topics_url }} {{ site.authors_url }}</a>")
            .Write("papers/2025/one.md", "---\ntitle: One\nauthors: [Ada]\ndate: 2025-01-01\ntopics: [language-models]\n---\n");
        using var site = content.Build("/list/");
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));

        var home = site.Page("index.html");
        Assert.Equal("1 2", home.QuerySelector("#recent")!.TextContent);
        Assert.Equal("/list/papers/", home.QuerySelector("#papers")!.GetAttribute("href"));
        Assert.Equal("home", home.QuerySelector("#papers")!.TextContent);
        var search = site.Page("search/index.html");
        Assert.Matches("^/list/search/[0-9a-f]{12}/manifest.json$", search.QuerySelector("#manifest")!.TextContent);
        Assert.Equal("/list/topics/", search.QuerySelector("#topics")!.GetAttribute("href"));
        Assert.Equal("/list/topics/ /list/authors/", search.QuerySelector("#topics")!.TextContent);
    }

    [Fact]
    public void A_paper_with_unknown_authors_builds_and_says_so()
    {
        using var content = new InlineSite()
            .Write("papers/2025/anon.md", "---\ntitle: Anonymous\nauthors: []\ndate: 2025-01-01\ntopics: [language-models]\n---\n");
        using var site = content.Build();
        Assert.True(site.Report.Succeeded);
        var page = site.Page("papers/anon/index.html");
        Assert.Empty(page.QuerySelectorAll(".paper-authors a"));
        Assert.Equal("Authors unknown", page.QuerySelector(".paper-authors")!.TextContent.Trim());
    }

    [Fact]
    public void Authors_are_one_person_across_accents_and_declared_aliases_with_ascii_slugs()
    {
        using var content = new InlineSite()
            .Write("site.yml", "title: Aliases\nauthor_aliases:\n  \"Y. LeCun\": \"Yann LeCun\"\n")
            .Write("papers/2024/a.md", "---\ntitle: A\nauthors: [José Núñez, Y. LeCun]\ndate: 2024-01-01\ntopics: [language-models]\n---\n")
            .Write("papers/2025/b.md", "---\ntitle: B\nauthors: [Jose Nunez, Yann LeCun]\ndate: 2025-01-01\ntopics: [language-models]\n---\n");
        using var site = content.Build();
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));

        var authors = Directory.GetDirectories(Path.Combine(site.Output, "authors")).Select(Path.GetFileName).Order();
        // y-lecun is the page the alias merged away: it now only leads to yann-lecun.
        Assert.Equal(["jose-nunez", "y-lecun", "yann-lecun"], authors);
        var lecun = site.Page("authors/yann-lecun/index.html");
        Assert.Equal("Yann LeCun", lecun.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, lecun.QuerySelectorAll(".paper-card").Length);
        Assert.Equal("José Núñez", lecun.QuerySelector(".coauthors a")!.TextContent);
    }

    [Fact]
    public void A_typo_of_a_known_key_warns_but_builds_and_unknown_keys_reach_templates()
    {
        using var content = new InlineSite()
            .Write("site.yml", "title: Inline site\npaper_fields: [categories]\n")
            .Write("papers/2025/typo.md", "---\ntitle: Typo\nauthors: []\ndate: 2025-01-01\ntopics: [language-models]\nvenu: NeurIPS\ncategories: [cs.LG, cs.AI]\n---\n");
        using var site = content.Build();
        var warning = Assert.Single(site.Report.Diagnostics);
        Assert.EndsWith("typo.md:6:1: warning: unknown key 'venu'; did you mean 'venue'?", warning.ToString());
        Assert.True(site.Report.Succeeded);
        var facts = site.Page("papers/typo/index.html").QuerySelectorAll(".paper-facts dd").Select(d => d.TextContent);
        Assert.Contains("cs.LG, cs.AI", facts);
    }

}
