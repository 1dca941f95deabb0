using System.Text.RegularExpressions;
using SiteGen.Output;

namespace SiteGen.Tests;

/// <summary>
/// The indexes a reader navigates a long list by: the topics index as a hierarchy, the year bar of <c>/papers/</c>
/// (agreeing with its pagination), the author index's filter box (present only with JavaScript), and counts that
/// read as "9 papers" wherever they appear.
/// </summary>
public sealed partial class IndexPagesTests
{
    private const string BaseUrl = "https://lab.example.org/list/";

    [Fact]
    public void Topics_index_shows_each_top_level_topic_with_all_the_topics_below_it()
    {
        using var content = new InlineSite()
            .Write("topics/efficiency.md", "---\ntitle: Efficiency\n---\n")
            .Write("topics/quantization.md", "---\ntitle: Quantization\nparent: efficiency\n---\n")
            .Write("topics/low-bit.md", "---\ntitle: Low-bit kernels\nparent: quantization\n---\n")
            .Write("topics/caching.md", "---\ntitle: Caching\nparent: efficiency\n---\n")
            .Write("papers/2025/one.md", "---\ntitle: One\nauthors: [Ada Lovelace]\ndate: 2025-01-01\ntopics: [low-bit]\n---\n")
            .Write("papers/2025/two.md", "---\ntitle: Two\nauthors: [Ada Lovelace]\ndate: 2025-02-01\ntopics: [caching, language-models]\n---\n");
        using var site = content.Build(BaseUrl);
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));

        var page = site.Page("topics/index.html");
        var cards = page.QuerySelectorAll(".topic-grid > li.topic-card");
        // Only the top-level topics get cards, by title; every topic is on the page once.
        Assert.Equal(["Diffusion models", "Efficiency", "Language models"], cards.Select(c => c.QuerySelector("h2 a")!.TextContent));
        var efficiency = cards[1];
        Assert.Equal("2 papers", efficiency.QuerySelector("h2 .count")!.TextContent);
        var subtopics = efficiency.QuerySelectorAll(".subtopics li");
        Assert.Equal(["Caching 1 paper", "Quantization 1 paper", "Low-bit kernels 1 paper"], subtopics.Select(li => Regex.Replace(li.TextContent.Trim(), @"\s+", " ")));
        Assert.Equal(["depth-1", "depth-1", "depth-2"], subtopics.Select(li => li.ClassName));
        Assert.Equal("/list/topics/low-bit/", subtopics[2].QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(cards[0].QuerySelectorAll(".subtopics"));
        Assert.Equal(6, page.QuerySelectorAll(".topic-grid a").Length);
    }

    [Fact]
    public void Every_count_reads_as_a_number_of_papers_meetings_or_co_authors_and_no_span_carries_an_aria_label()
    {
        var seed = SeedSite.UnderPath;
        using var lab = new BuiltSite(LabSite.Content, "/list/", today: LabSite.Today);
        var counted = 0;
        foreach (var (site, file) in seed.HtmlFiles().Select(f => (seed, f)).Concat(lab.HtmlFiles().Select(f => (lab, f))))
        {
            var page = site.Page(file);
            Assert.Empty(page.QuerySelectorAll("span[aria-label]"));
            foreach (var count in page.QuerySelectorAll(".count"))
            {
                var match = CountText().Match(count.TextContent);
                Assert.True(match.Success && (match.Groups[1].Value == "1") == (match.Groups[2].Value == ""), $"{file}: a count reads \"{count.TextContent}\"");
                counted++;
            }
        }
        Assert.True(counted > 500, $"only {counted} counts seen");
        Assert.Equal("1 paper", seed.Page("authors/index.html").QuerySelectorAll(".count").First(c => c.TextContent.StartsWith("1 ")).TextContent);
    }

    [Fact]
    public void Papers_year_bar_links_every_year_to_the_page_where_it_starts()
    {
        // Three papers a page: 2025 fills page 1 and starts page 2, 2024 starts on page 2, 2023 and 2021 on page 3.
        using var content = new InlineSite().Write("site.yml", "title: Years\nbase_url: /\npapers_per_page: 3\n");
        foreach (var (slug, date) in new[] { ("a", "2025-05-01"), ("b", "2025-04-01"), ("c", "2025-03-01"), ("d", "2025-02-01"), ("e", "2024-06-01"),
                     ("f", "2024-01-01"), ("g", "2023-01-01"), ("h", "2021-01-01") })
            content.Write($"papers/{date[..4]}/{slug}.md", $"---\ntitle: Paper {slug}\nauthors: [Ada Lovelace]\ndate: {date}\ntopics: [language-models]\n---\n");
        using var site = content.Build(BaseUrl);
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));

        var expected = new Dictionary<string, string>
        {
            ["2025"] = "/list/papers/#year-2025",
            ["2024"] = "/list/papers/page/2/#year-2024",
            ["2023"] = "/list/papers/page/3/#year-2023",
            ["2021"] = "/list/papers/page/3/#year-2021",
        };
        foreach (var file in new[] { "papers/index.html", "papers/page/2/index.html", "papers/page/3/index.html" })
        {
            var bar = site.Page(file).QuerySelector("nav.year-bar[aria-label]")!;
            Assert.Equal(expected, bar.QuerySelectorAll("a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!));
        }
        Assert.NotNull(site.Page("papers/page/2/index.html").QuerySelector("h2#year-2024"));
        Assert.Empty(LinkChecker.Check(site.Output, BaseUrl));
    }

    [Fact]
    public void Author_index_filter_box_is_hidden_in_the_html_and_labelled_for_the_script_to_show()
    {
        var page = SeedSite.UnderPath.Page("authors/index.html");
        var box = page.QuerySelector("[data-author-filter]")!;
        Assert.True(box.HasAttribute("hidden"));
        var input = box.QuerySelector("input[type=search]")!;
        Assert.Equal("Filter authors", page.QuerySelector($"label[for='{input.Id}']")!.TextContent);
        // Without JavaScript the letter bar still leads to every letter of the list.
        Assert.All(page.QuerySelectorAll("nav.letters a"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")!.Split('#')[1])));
    }

    [Fact]
    public void Author_filter_narrows_the_list_and_the_year_bar_stays_on_top_in_the_browser()
    {
        using var temp = new TempFolder();
        var folder = SearchFolder.Prepare(SeedSite.UnderPath, SeedSite.Collection, temp.Combine("seed"));
        NodeScript.Passes("indexes.mjs", folder, SeedSite.PathOnlyUrl);
    }

    [GeneratedRegex(@"^(\d+) (?:paper|meeting|co-author)(s?)$")]
    private static partial Regex CountText();
}
