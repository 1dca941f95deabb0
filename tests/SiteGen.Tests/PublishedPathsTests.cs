using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Paths;

namespace SiteGen.Tests;

/// <summary>
/// What <c>check</c> accepts as a link into the site is exactly what a build publishes: pages and data files
/// alike, since both come from one list of site paths.
/// </summary>
public sealed class PublishedPathsTests
{
    private const string Paper = "---\ntitle: Linked\nauthors: [Ada Lovelace]\ndate: 2025-01-01\ntopics: [language-models]\n---\n";

    private static IReadOnlyList<Diagnostic> Check(InlineSite site)
    {
        var bag = new DiagnosticBag();
        SiteBuilder.Load(site.Content, bag, out _);
        return bag.Sorted();
    }

    [Theory]
    [InlineData("/search/")]
    [InlineData("/papers.bib")]
    [InlineData("/feed.xml")]
    [InlineData("/topics/language-models/papers.bib")]
    [InlineData("/topics/language-models/feed.xml")]
    [InlineData("/authors/ada-lovelace/papers.bib")]
    [InlineData("/sitemap.xml")]
    [InlineData("/search/lunr-index.json")]
    public void Check_accepts_a_link_in_notes_to_any_published_page_or_data_file_and_the_built_site_has_it(string link)
    {
        // A lab member, who therefore has a .bib file of their own.
        using var content = new InlineSite()
            .Write("site.yml", "title: Inline site\nbase_url: /\nmembers: [Ada Lovelace]\n")
            .Write("papers/2025/linked.md", Paper + $"See [this]({link}).\n")
            .Write("papers/2025/second.md", Paper.Replace("Linked", "Second"));

        Assert.DoesNotContain(Check(content), d => d.Code == "link");

        // The same link resolves on the site a publishing workflow builds (full address, project path).
        const string baseUrl = "https://lab.example.org/list/";
        using var site = content.Build(baseUrl);
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));
        Assert.Equal($"/list{link}", site.Page("papers/linked/index.html").QuerySelector(".notes a")!.GetAttribute("href"));
        Assert.Empty(LinkChecker.Check(site.Output, baseUrl));
    }

    [Fact]
    public void What_check_knows_as_published_is_exactly_what_a_build_writes_besides_assets_and_the_search_folder()
    {
        // One paper to a page, so listings have numbered pages and Ada Lovelace's three papers earn her a .bib file; Alan Turing has none.
        using var content = new InlineSite()
            .Write("papers/2025/linked.md", Paper)
            .Write("papers/2025/second.md", Paper.Replace("Linked", "Second"))
            .Write("papers/2024/third.md", Paper.Replace("Ada Lovelace", "Alan Turing").Replace("2025", "2024"))
            .Write("pages/about.md", "---\ntitle: About\n---\nHello.\n")
            // An alias merges A. Lovelace into Ada Lovelace: her old page becomes a redirect, listed in _redirects.
            .Write("papers/2025/merged.md", Paper.Replace("Linked", "Merged").Replace("Ada Lovelace", "A. Lovelace"))
            .Write("site.yml", "title: Inline site\nbase_url: /\npapers_per_page: 1\nauthor_aliases: {\"A. Lovelace\": \"Ada Lovelace\"}\n");
        using var site = content.Build("https://lab.example.org/");
        var collection = SiteBuilder.Load(content.Content, new DiagnosticBag(), out _)!;
        var known = Model.InternalLinks.Published(collection)
            .Select(SitePaths.FileFor)
            .Append(".nojekyll")
            .Order(StringComparer.Ordinal);

        var written = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("assets/", StringComparison.Ordinal) && f != SiteWriter.Marker)
            .Where(f => !f.StartsWith("search/", StringComparison.Ordinal) || f == "search/index.html" || f == "search/lunr-index.json")
            .Order(StringComparer.Ordinal);
        Assert.Equal(known, written);
        Assert.Contains("papers/page/3/index.html", written);
        Assert.Contains("authors/ada-lovelace/papers.bib", written);
        Assert.DoesNotContain("authors/alan-turing/papers.bib", written);
    }

    [Fact]
    public void Check_accepts_a_feed_link_when_base_url_is_only_a_path_because_the_published_site_has_feeds()
    {
        // site.yml says "/", as the shipped site does; the workflows build with --base-url https://..., which has feeds.
        using var content = new InlineSite().Write("papers/2025/linked.md", Paper + "Follow [the feed](/feed.xml).\n");
        Assert.DoesNotContain(Check(content), d => d.Code == "link");
    }

    [Theory]
    [InlineData("/topics/no-such-topic/papers.bib", "")]
    [InlineData("/authors/ada-lovelace/feed.xml", "")]
    [InlineData("/topics/language-models/papers.bbi", "; did you mean /topics/language-models/papers.bib?")]
    [InlineData("/search/lunr-index.json", "")]
    public void Check_reports_a_link_to_a_file_the_site_does_not_publish(string link, string guess)
    {
        using var content = new InlineSite()
            .Write("site.yml", "title: No lunr index\nsearch:\n  lunr_index: false\n")
            .Write("papers/2025/linked.md", Paper + $"See [this]({link}).\n");

        var error = Assert.Single(Check(content), d => d.Code == "link");
        Assert.Equal($"link to {link} points to no page of the site{guess}", error.Message);
        Assert.Equal(7, error.Line);
    }
}
