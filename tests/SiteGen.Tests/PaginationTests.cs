using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Tests;

/// <summary>
/// Long listings (<c>/papers/</c>, a topic, an author, the author index) are split into numbered pages that
/// link each other with plain anchors, under the base path, in the sitemap and through <c>check-links</c>.
/// </summary>
public sealed class PaginationTests
{
    private const string BaseUrl = "https://lab.example.org/list/";

    // Seven papers by one author in one topic, one a month, and one other, three to a page.
    private static InlineSite SevenPapers()
    {
        var site = new InlineSite().Write("site.yml", "title: Paged\nbase_url: /\npapers_per_page: 3\n");
        for (var i = 1; i <= 7; i++)
            site.Write($"papers/2025/p{i}.md", $"---\ntitle: Paper {i}\nauthors: [Ada Lovelace]\ndate: 2025-{i:D2}-01\ntopics: [language-models]\n---\n");
        return site.Write("papers/2024/other.md", "---\ntitle: Other\nauthors: [Alan Turing]\ndate: 2024-01-01\ntopics: [diffusion-models]\n---\n");
    }

    [Fact]
    public void All_papers_are_split_newest_first_into_numbered_pages_linked_both_ways_under_the_base_path()
    {
        using var content = SevenPapers();
        using var site = content.Build(BaseUrl);
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));

        string[] Titles(string page) => [.. site.Page(page).QuerySelectorAll(".paper-card .card-title a").Select(a => a.TextContent)];
        Assert.Equal(["Paper 7", "Paper 6", "Paper 5"], Titles("papers/index.html"));
        Assert.Equal(["Paper 4", "Paper 3", "Paper 2"], Titles("papers/page/2/index.html"));
        Assert.Equal(["Paper 1", "Other"], Titles("papers/page/3/index.html"));

        var first = site.Page("papers/index.html");
        Assert.Equal(["/list/papers/page/2/", "/list/papers/page/3/"],
            first.QuerySelectorAll("nav.pagination ol a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/list/papers/page/2/", first.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("link[rel=prev]"));

        var last = site.Page("papers/page/3/index.html");
        Assert.Contains("(page 3 of 3)", last.Title);
        Assert.Equal("/list/papers/page/2/", last.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(last.QuerySelector("nav.pagination a[rel=next]"));
        Assert.Equal("3", last.QuerySelector("nav.pagination [aria-current=page]")!.TextContent.Trim()[^1..]);
        Assert.Equal($"{BaseUrl}papers/page/3/", last.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Topic_and_author_pages_split_the_same_way_and_a_short_listing_stays_one_page()
    {
        using var content = SevenPapers();
        using var site = content.Build(BaseUrl);

        Assert.Single(site.Page("topics/language-models/page/3/index.html").QuerySelectorAll(".paper-card"));
        var author = site.Page("authors/ada-lovelace/page/2/index.html");
        Assert.Equal(3, author.QuerySelectorAll(".paper-card").Length);
        Assert.Equal("7 papers", author.QuerySelector("#author-papers .count")!.TextContent);
        Assert.Equal("/list/authors/ada-lovelace/", author.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"));

        Assert.Null(site.Page("topics/diffusion-models/index.html").QuerySelector("nav.pagination"));
        Assert.False(site.Exists("topics/diffusion-models/page/2/index.html"));
    }

    [Fact]
    public void Every_numbered_page_is_in_the_sitemap_and_every_pagination_link_resolves()
    {
        using var content = SevenPapers();
        using var site = content.Build(BaseUrl);

        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        foreach (var page in new[] { "papers/page/2/", "papers/page/3/", "topics/language-models/page/3/", "authors/ada-lovelace/page/3/" })
            Assert.Contains($"<loc>{BaseUrl}{page}</loc>", sitemap);
        Assert.Empty(LinkChecker.Check(site.Output, BaseUrl));
    }

    [Fact]
    public void Check_accepts_a_link_in_notes_to_a_numbered_page_the_build_publishes()
    {
        using var content = SevenPapers().Write("papers/2025/p1.md",
            "---\ntitle: Paper 1\nauthors: [Ada Lovelace]\ndate: 2025-01-01\ntopics: [language-models]\n---\nSee [older papers](/papers/page/3/) and [none](/papers/page/4/).\n");
        var bag = new DiagnosticBag();
        SiteBuilder.Load(content.Content, bag, out _);

        var link = Assert.Single(bag.Sorted(), d => d.Code == "link");
        Assert.Contains("/papers/page/4/", link.Message);
    }

    [Fact]
    public void The_author_index_is_split_every_thousand_authors_and_its_letter_bar_links_across_pages()
    {
        using var content = new InlineSite();
        // 1,040 authors, family names A… to Z…, forty per letter; 104 authors on each of ten papers.
        var names = Enumerable.Range(0, 1040).Select(i => $"Given{i} {(char)('A' + i / 40)}family{i:D4}").ToList();
        for (var p = 0; p < 10; p++)
        {
            var authors = string.Join(", ", names.Skip(p * 104).Take(104).Select(n => $"\"{n}\""));
            content.Write($"papers/2025/p{p}.md", $"---\ntitle: Paper {p}\nauthors: [{authors}]\ndate: 2025-01-{p + 1:D2}\ntopics: [language-models]\n---\n");
        }
        using var site = content.Build(BaseUrl);
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics.Take(5)));

        var first = site.Page("authors/index.html");
        var second = site.Page("authors/page/2/index.html");
        Assert.Equal(1000, first.QuerySelectorAll(".author-list li").Length);
        Assert.Equal(40, second.QuerySelectorAll(".author-list li").Length);
        // Both pages carry the whole bar: A on the first page, Z on the second.
        foreach (var page in new[] { first, second })
        {
            var bar = page.QuerySelectorAll("nav.letters a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
            Assert.Equal(26, bar.Count);
            Assert.Equal("/list/authors/#letter-A", bar["A"]);
            Assert.Equal("/list/authors/page/2/#letter-Z", bar["Z"]);
        }
        Assert.NotNull(second.QuerySelector("#letter-Z"));
        Assert.Empty(LinkChecker.Check(site.Output, BaseUrl));
    }

    [Theory]
    [InlineData("0", "at least 1")]
    [InlineData("ten", "whole number")]
    public void A_page_size_that_is_not_a_positive_whole_number_is_an_error_at_its_line(string value, string message)
    {
        using var content = SevenPapers().Write("site.yml", $"title: Paged\nbase_url: /\npapers_per_page: {value}\n");
        var bag = new DiagnosticBag();
        SiteBuilder.Load(content.Content, bag, out _);

        var error = Assert.Single(bag.Sorted(), d => d.Severity == Severity.Error);
        Assert.EndsWith("site.yml", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains(message, error.Message);
    }
}
