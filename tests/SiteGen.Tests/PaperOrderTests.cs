using System.ServiceModel.Syndication;
using System.Xml;

namespace SiteGen.Tests;

/// <summary>Every list of papers on the site follows one of the collection's orders, so ties break the same way everywhere.</summary>
public sealed class PaperOrderTests
{
    [Fact]
    public void All_papers_breaks_ties_of_one_date_by_title_in_the_collections_publication_order_like_topic_pages()
    {
        // Slugs sort one way and titles the other: ties go by title, as on topic pages and in search.
        const string topic = "topics: [language-models]\n";
        using var content = new InlineSite()
            .Write("papers/2025/a-zebra.md", "---\ntitle: Zebra\nauthors: [Ada]\ndate: 2025-03-01\nadded: 2025-04-01\n" + topic + "---\n")
            .Write("papers/2025/b-apple.md", "---\ntitle: Apple\nauthors: [Ada]\ndate: 2025-03-01\nadded: 2025-04-02\n" + topic + "---\n")
            .Write("papers/2024/c-older.md", "---\ntitle: Older\nauthors: [Ada]\ndate: 2024-01-01\nadded: 2025-04-03\n" + topic + "---\n");
        using var site = content.Build();
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));

        string[] Titles(string page) => [.. site.Page(page).QuerySelectorAll(".year-group .card-title a").Select(a => a.TextContent)];
        Assert.Equal(["Apple", "Zebra", "Older"], Titles("papers/index.html"));
        Assert.Equal(Titles("topics/language-models/index.html"), Titles("papers/index.html"));
    }

    [Fact]
    public void A_topics_feed_lists_papers_added_on_one_day_in_the_same_order_as_the_sites_feed()
    {
        // Added the same day: the newer publication comes first, although its slug sorts last.
        const string rest = "authors: [Ada]\nadded: 2025-05-01\ntopics: [language-models]\n---\n";
        using var content = new InlineSite()
            .Write("papers/2024/a-older.md", "---\ntitle: Older\ndate: 2024-01-01\n" + rest)
            .Write("papers/2025/b-newer.md", "---\ntitle: Newer\ndate: 2025-01-01\n" + rest);
        using var site = content.Build("https://lab.example.org/");
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));

        string[] Titles(string feed)
        {
            using var reader = XmlReader.Create(Path.Combine(site.Output, feed));
            return [.. SyndicationFeed.Load(reader).Items.Select(i => i.Title.Text)];
        }
        Assert.Equal(["Newer", "Older"], Titles("feed.xml"));
        Assert.Equal(Titles("feed.xml"), Titles("topics/language-models/feed.xml"));
    }
}
