using AngleSharp.Dom;

namespace SiteGen.Tests;

/// <summary>
/// What a paper's card shows wherever papers are listed: its whole byline within reach (an author's page shows that
/// author on every card, with their place), the paper's links, its venue and its abstract, all without JavaScript.
/// </summary>
public sealed class PaperCardTests
{
    private const string BaseUrl = "https://lab.example.org/list/";

    private static string Paper(string title, string authors, string extra = "") =>
        $"---\ntitle: \"{title}\"\nauthors: {authors}\ndate: 2025-01-01\ntopics: [language-models]\n{extra}---\n";

    private static IElement Card(IDocument page, string title) =>
        page.QuerySelectorAll(".paper-card").Single(c => c.QuerySelector(".card-title")!.TextContent == title);

    [Fact]
    public void An_author_page_shows_its_author_on_every_card_with_the_place_in_the_byline()
    {
        using var site = new InlineSite()
            .Write("papers/2025/long.md", Paper("Long", "[A One, B Two, C Three, D Four, E Five, F Six, G Seven, Linfeng Zhang]"))
            .Write("papers/2025/first.md", Paper("First", "[Linfeng Zhang, B Two]"));
        using var built = site.Build(BaseUrl);
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));

        var page = built.Page("authors/linfeng-zhang/index.html");
        var focus = Card(page, "Long").QuerySelector(".card-authors > .focus-author")!;
        Assert.Equal("Linfeng Zhang (8th of 8)", focus.TextContent);
        Assert.Equal("/list/authors/linfeng-zhang/", focus.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Linfeng Zhang (1st of 2)", Card(page, "First").QuerySelector(".focus-author")!.TextContent);
        // Elsewhere nobody is singled out, and the seventh and eighth authors are behind "and 2 more".
        var listing = built.Page("papers/index.html");
        Assert.Empty(listing.QuerySelectorAll(".focus-author"));
        var more = Card(listing, "Long").QuerySelector("details.more-authors")!;
        Assert.Equal("and 2 more", more.QuerySelector("summary")!.TextContent);
        Assert.Equal(["G Seven", "Linfeng Zhang"], more.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Equal(6, Card(listing, "Long").QuerySelectorAll(".card-authors > a").Length);
        Assert.Null(Card(listing, "First").QuerySelector(".more-authors"));
    }

    [Fact]
    public void Cards_carry_the_paper_links_the_venue_and_the_abstract_in_a_closed_details_wherever_papers_are_listed_but_outside_authors_pages()
    {
        var longAbstract = string.Join(' ', Enumerable.Repeat("quantization", 40));
        using var site = new InlineSite()
            .Write("site.yml", "title: Inline site\nmembers: [Ada Lovelace]\n")
            .Write("papers/2025/full.md", Paper("Full", "[Ada Lovelace, Bob Byline]",
                "venue: ICLR 2026\narxiv: \"2509.25035\"\ncode: https://github.com/lab/full\npdf: https://example.org/full.pdf\nabstract: Short <b>abstract</b>.\n"))
            .Write("papers/2025/bare.md", Paper("Bare", "[Ada Lovelace]", $"abstract: {longAbstract}\n"));
        using var built = site.Build(BaseUrl);
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));

        foreach (var file in new[] { "index.html", "papers/index.html", "topics/language-models/index.html", "authors/ada-lovelace/index.html" })
        {
            var page = built.Page(file);
            var full = Card(page, "Full");
            Assert.Equal(["PDF", "Code", "arXiv", "BibTeX"], full.QuerySelectorAll(".card-actions a").Select(a => a.TextContent));
            Assert.Equal(["https://example.org/full.pdf", "https://github.com/lab/full", "https://arxiv.org/abs/2509.25035", "/list/papers/full/#cite"],
                full.QuerySelectorAll(".card-actions a").Select(a => a.GetAttribute("href")));
            Assert.Equal("ICLR 2026", full.QuerySelector(".card-meta .venue-badge")!.TextContent);
            var details = full.QuerySelector("details.card-abstract")!;
            Assert.False(details.HasAttribute("open"));
            Assert.Equal("Short <b>abstract</b>.", details.QuerySelector("p")!.TextContent);

            // Only the links a paper has; a long abstract is cut at a word, marked, and leads to the paper.
            var bare = Card(page, "Bare");
            Assert.Equal(["BibTeX"], bare.QuerySelectorAll(".card-actions a").Select(a => a.TextContent));
            Assert.Null(bare.QuerySelector(".venue-badge"));
            var cut = bare.QuerySelector(".card-abstract p")!;
            Assert.Contains("quantization quantization… Read on", cut.TextContent);
            Assert.True(cut.TextContent.Length < 320);
            Assert.Equal("/list/papers/bare/#abstract", cut.QuerySelector("a")!.GetAttribute("href"));
        }
        // The page of an author who is not a lab member (every author of every paper has one: at 10,000 papers these
        // cards are the largest part of the site) shows the byline, venue and links, not the topics or the abstract.
        var outside = Card(built.Page("authors/bob-byline/index.html"), "Full");
        Assert.Equal(["PDF", "Code", "arXiv", "BibTeX"], outside.QuerySelectorAll(".card-actions a").Select(a => a.TextContent));
        Assert.Equal("ICLR 2026", outside.QuerySelector(".card-meta .venue-badge")!.TextContent);
        Assert.Equal("Ada Lovelace, Bob Byline (2nd of 2)", outside.QuerySelector(".card-authors")!.TextContent.Trim());
        Assert.Null(outside.QuerySelector(".card-abstract, .chips"));
        // The whole abstract is on the paper's page.
        Assert.Equal(longAbstract, built.Page("papers/bare/index.html").QuerySelector(".abstract")!.TextContent.Trim());
    }

    [Fact]
    public void Related_paper_cards_are_brief_and_a_one_paper_author_lists_no_co_authors_beside_the_byline()
    {
        const string text = "abstract: Quantized attention kernels cut the memory traffic of transformer inference on accelerators.\n";
        using var site = new InlineSite()
            .Write("papers/2025/kernels.md", Paper("Quantized attention kernels", "[A One, B Two, C Three, D Four, E Five]", "venue: MLSys 2025\n" + text))
            .Write("papers/2025/serving.md", Paper("Quantized attention serving", "[A One, F Six]", text))
            .Write("papers/2025/caches.md", Paper("Quantized attention caches", "[G Seven]", text));
        using var built = site.Build(BaseUrl);
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));

        // On a paper's page each related paper is its title, three linked authors and "et al.", its date and venue.
        var related = Card(built.Page("papers/serving/index.html"), "Quantized attention kernels");
        Assert.Equal(["A One", "B Two", "C Three"], related.QuerySelectorAll(".card-authors a").Select(a => a.TextContent));
        Assert.Equal("A One, B Two, C Three et al.", related.QuerySelector(".card-authors")!.TextContent.Trim());
        Assert.Equal("/list/authors/a-one/", related.QuerySelector(".card-authors a")!.GetAttribute("href"));
        Assert.Equal("MLSys 2025", related.QuerySelector(".venue-badge")!.TextContent);
        Assert.Null(related.QuerySelector(".chips, .card-abstract, .card-actions, .more-authors"));
        // Listings keep the whole card.
        Assert.Equal(5, Card(built.Page("papers/index.html"), "Quantized attention kernels").QuerySelectorAll(".card-authors a").Length);

        // F Six has one paper, whose byline names A One: no co-author list repeats it. A One has two.
        var six = built.Page("authors/f-six/index.html");
        Assert.Null(six.QuerySelector(".coauthors"));
        Assert.Contains("A One", six.QuerySelector(".card-authors")!.TextContent);
        Assert.Equal(["B Two", "C Three", "D Four", "E Five", "F Six"],
            built.Page("authors/a-one/index.html").QuerySelectorAll(".coauthors a").Select(a => a.TextContent).Order());
    }

    [Fact]
    public void An_author_with_many_co_authors_lists_the_fifty_who_share_most_papers_and_says_how_many_more()
    {
        // Hub Author wrote two papers: 30 people on the first, the first five of them and 25 others on the second.
        static string Name(int i) => $"Ann {(char)('A' + i / 26)}{(char)('a' + i % 26)}";
        var first = Enumerable.Range(0, 30).Select(Name);
        var second = Enumerable.Range(0, 5).Concat(Enumerable.Range(30, 25)).Select(Name);
        using var site = new InlineSite()
            .Write("papers/2025/one.md", Paper("One", $"[Hub Author, {string.Join(", ", first)}]"))
            .Write("papers/2025/two.md", Paper("Two", $"[Hub Author, {string.Join(", ", second)}]"));
        using var built = site.Build(BaseUrl);
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));

        var aside = built.Page("authors/hub-author/index.html").QuerySelector("aside:has(.coauthors)")!;
        var listed = aside.QuerySelectorAll(".coauthors > li > a").Select(a => a.TextContent).ToList();
        Assert.Equal(50, listed.Count);
        Assert.Equal(Enumerable.Range(0, 5).Select(Name), listed.Take(5));  // two papers each, so first
        Assert.Equal("Co-authors 55 co-authors", aside.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("and 5 more in the papers' bylines", aside.QuerySelector("p.muted")!.TextContent.Trim());
    }
}
