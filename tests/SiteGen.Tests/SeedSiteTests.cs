using System.Globalization;
using AngleSharp.Dom;

namespace SiteGen.Tests;

/// <summary>The seed site built at the root and under a base path: pages, links and lists checked against the seed listing.</summary>
public sealed class SeedSiteTests
{
    private static BuiltSite Site => SeedSite.AtRoot;

    [Fact]
    public void Seed_collection_builds_without_problems()
    {
        Assert.True(Site.Report.Succeeded, string.Join("\n", Site.Report.Diagnostics));
        Assert.Empty(Site.Report.Diagnostics);
    }

    [Fact]
    public void Output_has_a_page_per_paper_topic_and_author_plus_indexes_home_and_404()
    {
        var paperFiles = Directory.GetFiles(Path.Combine(SeedSite.Content, "papers"), "*.md", SearchOption.AllDirectories);
        Assert.Equal(SeedData.Papers.Count, paperFiles.Length);
        foreach (var file in paperFiles)
            Assert.True(Site.Exists($"papers/{Path.GetFileNameWithoutExtension(file)}/index.html"), file);
        foreach (var file in Directory.GetFiles(Path.Combine(SeedSite.Content, "topics"), "*.md"))
            Assert.True(Site.Exists($"topics/{Path.GetFileNameWithoutExtension(file)}/index.html"), file);

        var distinctAuthors = SeedData.Papers.SelectMany(p => p.Authors).Distinct().Count();
        var authorPages = Directory.GetDirectories(Path.Combine(Site.Output, "authors")).Length;
        Assert.Equal(distinctAuthors, authorPages);

        foreach (var page in new[] { "index.html", "papers/index.html", "topics/index.html", "authors/index.html", "404.html", "about/index.html", ".nojekyll" })
            Assert.True(Site.Exists(page), page);
    }

    [Fact]
    public void Every_internal_link_and_asset_resolves_at_the_root()
    {
        Assert.Empty(Output.LinkChecker.Check(Site.Output, "/"));
    }

    [Fact]
    public void Every_internal_link_and_asset_resolves_under_a_base_path()
    {
        var underPath = SeedSite.Published;
        Assert.True(underPath.Report.Succeeded);
        Assert.Empty(Output.LinkChecker.Check(underPath.Output, SeedSite.PublishedUrl));
        var home = underPath.Page("index.html");
        Assert.All(home.QuerySelectorAll("a[href^='/']"), a => Assert.StartsWith("/reading-list/", a.GetAttribute("href")));
    }

    [Fact]
    public void Paper_page_links_each_author_in_order_and_each_topic()
    {
        foreach (var file in PaperPages())
        {
            var page = Site.Page(file);
            var arxiv = Fact(page, "arXiv");
            var seed = SeedData.Papers.Single(p => p.ArxivId == arxiv);

            var authorLinks = page.QuerySelectorAll(".paper-authors a").ToList();
            Assert.Equal(seed.Authors, authorLinks.Select(a => a.TextContent));
            Assert.All(authorLinks, a => Assert.Matches("^/authors/[a-z0-9-]+/$", a.GetAttribute("href")));

            var topicLinks = page.QuerySelectorAll(".paper-head .chip").ToList();
            Assert.InRange(topicLinks.Count, 1, 4);
            Assert.All(topicLinks, t => Assert.Matches("^/topics/[a-z0-9-]+/$", t.GetAttribute("href")));
        }
    }

    [Fact]
    public void Author_page_lists_exactly_that_authors_papers()
    {
        foreach (var dir in Directory.GetDirectories(Path.Combine(Site.Output, "authors")))
        {
            var page = Site.Page($"authors/{Path.GetFileName(dir)}/index.html");
            var name = page.QuerySelector("h1")!.TextContent;
            var expected = SeedData.Papers.Where(p => p.Authors.Contains(name)).Select(p => p.Title).Order().ToList();
            var listed = page.QuerySelectorAll(".author-body .paper-card .card-title a").Select(a => a.TextContent).Order().ToList();
            Assert.Equal(expected, listed);
        }
    }

    [Fact]
    public void Topic_page_lists_exactly_its_papers_and_its_subtopics_papers_newest_first()
    {
        // What each paper page says its topics are, and each topic's parent from the topic pages.
        var papersOfTopic = new Dictionary<string, HashSet<string>>();
        foreach (var file in PaperPages())
        {
            var page = Site.Page(file);
            foreach (var chip in page.QuerySelectorAll(".paper-head .chip"))
            {
                var topic = chip.GetAttribute("href")!;
                if (!papersOfTopic.TryGetValue(topic, out var set)) papersOfTopic[topic] = set = [];
                set.Add(page.QuerySelector("h1")!.TextContent);
            }
        }

        var checkedParents = 0;
        foreach (var dir in Directory.GetDirectories(Path.Combine(Site.Output, "topics")))
        {
            var url = $"/topics/{Path.GetFileName(dir)}/";
            var page = Site.Page($"topics/{Path.GetFileName(dir)}/index.html");
            var expected = papersOfTopic.GetValueOrDefault(url, []).ToHashSet();
            foreach (var child in page.QuerySelectorAll(".subtopics .chip"))
            {
                expected.UnionWith(papersOfTopic.GetValueOrDefault(child.GetAttribute("href")!, []));
                checkedParents++;
            }

            var cards = page.QuerySelectorAll(".paper-card").ToList();
            Assert.Equal(expected.Order(), cards.Select(c => c.QuerySelector(".card-title a")!.TextContent).Order());
            var dates = cards.Select(c => DateOnly.ParseExact(c.QuerySelector(".card-meta span")!.TextContent, "d MMM yyyy", CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(dates.OrderByDescending(d => d), dates);
        }
        Assert.True(checkedParents > 0, "the seed topics should include a parent topic with subtopics");
    }

    [Theory]
    [InlineData("cuda-l1", "CUDA-LLM: LLMs Can Write Efficient CUDA Kernels")]
    [InlineData("seedance", "Aquarius: A Family of Industry-Level Video Generation Models for Marketing Scenarios")]
    [InlineData("accllm", "InstInfer: In-Storage Attention Offloading for Cost-Effective Long-Context LLM Inference")]
    public void Related_papers_are_similar_ones_and_never_the_paper_itself(string slug, string expected)
    {
        var page = Site.Page($"papers/{slug}/index.html");
        var related = page.QuerySelectorAll(".related .card-title a").ToList();
        Assert.InRange(related.Count, 1, 5);
        Assert.Contains(expected, related.Take(3).Select(a => a.TextContent));
        Assert.DoesNotContain(related, a => a.GetAttribute("href") == $"/papers/{slug}/");
    }

    [Fact]
    public void Paper_page_offers_bibtex_and_links_to_arxiv_and_code()
    {
        var page = Site.Page("papers/didi-instruct/index.html");
        Assert.StartsWith("@inproceedings{zheng2025ultra", page.QuerySelector("#bibtex-code")!.TextContent);
        var links = page.QuerySelectorAll(".paper-links a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal("https://arxiv.org/abs/2509.25035", links["arXiv"]);
        Assert.Equal("https://github.com/haoyangzheng-ai/didi-instruct", links["Code"]);
        Assert.Equal("ICLR 2026", Fact(page, "Venue"));
    }

    [Fact]
    public void Pages_are_usable_without_javascript_and_name_their_landmarks()
    {
        foreach (var file in new[] { "index.html", "papers/didi-instruct/index.html", "topics/index.html", "authors/index.html" })
        {
            var page = Site.Page(file);
            Assert.NotNull(page.QuerySelector("main#main"));
            Assert.NotNull(page.QuerySelector("nav[aria-label='Main']"));
            Assert.NotNull(page.QuerySelector("html[lang='en']"));
            // Only the optional controls (buttons, the author index's filter box) are hidden until script runs; all content is plain HTML.
            Assert.All(page.QuerySelectorAll("[hidden]"), e => Assert.True(e.TagName == "BUTTON" || e.HasAttribute("data-author-filter"), e.OuterHtml));
        }
    }

    private static IEnumerable<string> PaperPages() =>
        Site.HtmlFiles().Where(f => f.StartsWith("papers/", StringComparison.Ordinal) && f != "papers/index.html");

    private static string Fact(IDocument page, string term) =>
        page.QuerySelectorAll(".paper-facts dt").Single(dt => dt.TextContent == term).NextElementSibling!.TextContent;
}
