using AngleSharp.Dom;

namespace SiteGen.Tests;

/// <summary>
/// A paper's page leads with its facts (venue, the date once, arXiv id and code as links) before the abstract, whose web
/// addresses are links; fields such as upvotes and categories show only when <c>site.yml</c>'s <c>paper_fields</c> asks.
/// </summary>
public sealed class PaperPageTests
{
    private const string Entry = """
        ---
        title: Facts first
        authors: [Ada Lovelace]
        date: 2025-03-04
        topics: [language-models]
        venue: ICLR 2026
        arxiv: "2509.25035"
        code: https://github.com/lab/facts/
        upvotes: 11
        categories: [cs.LG, cs.AI]
        abstract: "Code at https://example.org/a_b?x=1&y=2. Not a link: javascript:alert(1) <b>bold</b> *star* and_under."
        ---
        Notes.
        """;

    private static string Fact(IDocument page, string term) =>
        page.QuerySelectorAll(".paper-head .paper-facts dt").Single(dt => dt.TextContent == term).NextElementSibling!.TextContent;

    [Fact]
    public void The_facts_come_under_the_title_before_the_abstract_with_the_date_once_and_identifiers_as_links()
    {
        using var site = new InlineSite().Write("papers/2025/facts.md", Entry);
        using var built = site.Build("https://lab.example.org/list/");
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));
        var page = built.Page("papers/facts/index.html");

        Assert.Equal("ICLR 2026", Fact(page, "Venue"));
        Assert.Equal("4 Mar 2025", Fact(page, "Published"));
        Assert.Single(page.QuerySelector("main")!.TextContent.Split("4 Mar 2025").Skip(1));
        var arxiv = page.QuerySelectorAll(".paper-facts a").Single(a => a.TextContent == "2509.25035");
        Assert.Equal("https://arxiv.org/abs/2509.25035", arxiv.GetAttribute("href"));
        var code = page.QuerySelectorAll(".paper-facts a").Single(a => a.TextContent == "github.com/lab/facts");
        Assert.Equal("https://github.com/lab/facts/", code.GetAttribute("href"));
        // In document order, which is the order on a narrow screen: facts, then the abstract, then the Cite block.
        var facts = page.QuerySelector(".paper-facts")!;
        Assert.True(facts.CompareDocumentPosition(page.QuerySelector("#abstract")!).HasFlag(DocumentPositions.Following));
        Assert.Equal("#cite", page.QuerySelectorAll(".paper-links a").Single(a => a.TextContent == "Cite").GetAttribute("href"));
        Assert.DoesNotContain(page.QuerySelectorAll(".paper-facts dt"), dt => dt.TextContent is "Upvotes" or "Categories" or "Added");

        // The abstract's address is a link; the rest is shown exactly as written.
        var abstractText = page.QuerySelector(".abstract")!;
        Assert.Equal(["https://example.org/a_b?x=1&y=2"], abstractText.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Code at https://example.org/a_b?x=1&y=2. Not a link: javascript:alert(1) <b>bold</b> *star* and_under.", abstractText.TextContent.Trim());
        Assert.Empty(abstractText.QuerySelectorAll("b, em, script"));
    }

    [Fact]
    public void Upvotes_and_categories_show_only_when_site_yml_asks_and_a_name_no_paper_has_is_a_warning_at_its_line()
    {
        using var site = new InlineSite()
            .Write("site.yml", "title: Inline site\npaper_fields: [categories, upvotes, categoris, title]\n")
            .Write("papers/2025/facts.md", Entry);
        using var built = site.Build();
        Assert.True(built.Report.Succeeded);
        var page = built.Page("papers/facts/index.html");
        Assert.Equal("cs.LG, cs.AI", Fact(page, "Categories"));
        Assert.Equal("11", Fact(page, "Upvotes"));

        Assert.Equal(
            ["site.yml:2:37: warning: paper_fields names 'categoris', which no paper has; did you mean 'categories'?",
             "site.yml:2:48: warning: paper_fields names 'title', which paper pages always show; list only upvotes or keys outside the schema (categories)"],
            built.Report.Diagnostics.Select(d => d.ToString()[(d.ToString().IndexOf("site.yml", StringComparison.Ordinal))..]));
    }
}
