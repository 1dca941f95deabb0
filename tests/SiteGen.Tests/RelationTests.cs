namespace SiteGen.Tests;

/// <summary>Typed relations (<c>relations:</c>): shown both ways on paper pages, listed and drawn on topic pages.</summary>
public sealed class RelationTests(LabSite lab) : IClassFixture<LabSite>
{
    private BuiltSite Site => lab.Site;

    private Dictionary<string, string[]> Relations(string paper) =>
        Site.Page($"papers/{paper}/index.html").QuerySelectorAll(".relation-list dt")
            .ToDictionary(dt => dt.TextContent, dt => NextLinks(dt));

    private static string[] NextLinks(AngleSharp.Dom.IElement dt)
    {
        var links = new List<string>();
        for (var dd = dt.NextElementSibling; dd is { LocalName: "dd" }; dd = dd.NextElementSibling)
            links.Add(dd.QuerySelector("a")!.GetAttribute("href")!);
        return [.. links];
    }

    [Fact]
    public void Paper_page_shows_what_it_says_of_others_and_what_others_here_say_of_it()
    {
        var flash = Relations("flash");
        Assert.Equal(["/list/papers/attention/"], flash["Improves on"]);
        Assert.Equal(["/list/papers/flash2/"], flash["Papers here that build on this one"]);
        Assert.Equal(["/list/papers/flash2/"], flash["Papers here that improve on this one"]);
        Assert.Equal(["/list/papers/replication/"], flash["Papers here that contradict this one"]);

        var attention = Relations("attention");
        Assert.Equal(["/list/papers/survey/"], attention["Papers here that build on this one"]);
        // Newest publication first.
        Assert.Equal(["/list/papers/flash2/", "/list/papers/flash/"], attention["Papers here that improve on this one"]);
        Assert.Equal(["/list/papers/replication/"], attention["Papers here that reproduce this one"]);
        Assert.Equal(["/list/topics/efficiency/", "/list/topics/transformers/"], Relations("survey")["Surveys"]);
    }

    [Fact]
    public void Topic_page_lists_its_surveys_and_the_relations_among_its_papers_beside_a_drawing()
    {
        var page = Site.Page("topics/transformers/index.html");
        Assert.Equal(["/list/papers/survey/"], page.QuerySelectorAll(".surveys a").Select(a => a.GetAttribute("href")));
        var sentences = page.QuerySelectorAll(".relation-sentences li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("A Replication of Attention Results contradicts FlashAttention: Fast and Memory-Efficient Exact Attention", sentences);
        Assert.Contains("FlashAttention: Fast and Memory-Efficient Exact Attention improves on Attention Is All You Need", sentences);
        // flash2 is not in this topic, so its relations are not drawn here.
        Assert.Equal(4, sentences.Count);

        var svg = page.QuerySelector(".relation-drawing svg")!;
        Assert.Equal(4, svg.QuerySelectorAll("text").Length);
        Assert.Equal(4, svg.QuerySelectorAll("path[class^=rel-]").Length);
        Assert.Equal("true", svg.GetAttribute("aria-hidden"));
        Assert.Equal(["Attention Is All You Need", "FlashAttention: Fast and Memory-Efficient E…"],
            svg.QuerySelectorAll("text").Take(2).Select(t => t.ChildNodes.OfType<AngleSharp.Dom.IText>().Single().Data));
    }

    [Fact]
    public void Topic_page_without_relations_has_no_drawing()
    {
        using var site = InlineSite.OnePaper();
        using var built = site.Build();
        var page = built.Page("topics/language-models/index.html");
        Assert.Null(page.QuerySelector(".topic-relations"));
        Assert.Null(page.QuerySelector(".surveys"));
    }

    [Fact]
    public void Titles_in_the_drawing_are_escaped()
    {
        using var site = new InlineSite()
            .Write("papers/2025/a.md", "---\ntitle: \"<script>alert(1)</script> & co\"\nauthors: [Ann]\ndate: 2025-01-01\ntopics: [language-models]\n---\n")
            .Write("papers/2025/b.md", "---\ntitle: B\nauthors: [Ann]\ndate: 2025-02-01\ntopics: [language-models]\nrelations:\n  extends: [a]\n---\n");
        using var built = site.Build();
        var page = built.Page("topics/language-models/index.html");
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script> & co", page.QuerySelector(".relation-drawing svg text title")!.TextContent);
    }
}
