using AngleSharp.Dom;

namespace SiteGen.Tests;

/// <summary>
/// Link previews (Open Graph and Twitter cards): every page gives a valid card; with <c>site.yml</c>'s <c>image:</c> or a
/// paper's own <c>image:</c> a large picture, with its size and text; a bad image is reported at its line.
/// </summary>
public sealed class LinkPreviewTests
{
    private const string BaseUrl = "https://lab.example.org/list/";

    private static string Paper(string slug, string image = "") =>
        $"---\ntitle: \"{slug}\"\nauthors: [Ada Lovelace]\ndate: 2025-01-01\ntopics: [language-models]\n{image}abstract: About {slug}.\n---\n";

    private static string? Meta(IDocument page, string key) =>
        page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

    [Fact]
    public void A_page_without_an_image_still_gives_a_valid_card()
    {
        using var site = new InlineSite().Write("papers/2025/plain.md", Paper("plain"));
        using var built = site.Build(BaseUrl);
        var page = built.Page("papers/plain/index.html");
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Equal("plain", Meta(page, "og:title"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("https://lab.example.org/list/papers/plain/", Meta(page, "og:url"));
        Assert.Equal("About plain.", Meta(page, "og:description"));
        Assert.Null(Meta(page, "og:image"));
    }

    [Fact]
    public void The_site_image_is_on_every_page_and_a_paper_image_wins_on_its_page_with_size_and_text()
    {
        using var site = new InlineSite()
            .Write("site.yml", "title: Inline site\nimage: https://lab.example.org/preview.png\n")
            .Write("papers/2025/plain.md", Paper("plain"))
            .Write("papers/2025/teaser.md", Paper("teaser", "image: {src: \"https://example.org/fig1.png\", width: 1200, height: 630, alt: \"Figure 1 <b>\"}\n"))
            .Write("papers/2025/bare.md", Paper("bare", "image: https://example.org/bare.png\n"));
        using var built = site.Build(BaseUrl);
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));

        foreach (var file in new[] { "index.html", "papers/plain/index.html", "topics/index.html", "authors/ada-lovelace/index.html" })
        {
            var page = built.Page(file);
            Assert.Equal("https://lab.example.org/preview.png", Meta(page, "og:image"));
            Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
            Assert.Null(Meta(page, "og:image:width"));
        }
        var teaser = built.Page("papers/teaser/index.html");
        Assert.Equal("https://example.org/fig1.png", Meta(teaser, "og:image"));
        Assert.Equal("1200", Meta(teaser, "og:image:width"));
        Assert.Equal("630", Meta(teaser, "og:image:height"));
        Assert.Equal("Figure 1 <b>", Meta(teaser, "og:image:alt"));
        Assert.Equal("summary_large_image", Meta(teaser, "twitter:card"));
        Assert.Equal("https://example.org/bare.png", Meta(built.Page("papers/bare/index.html"), "og:image"));
    }

    [Fact]
    public void A_bad_image_is_an_error_at_its_line()
    {
        using var site = new InlineSite()
            .Write("site.yml", "title: Inline site\nimage: static/preview.png\n")
            .Write("papers/2025/nosrc.md", Paper("nosrc", "image: {width: 10}\n"))
            .Write("papers/2025/script.md", Paper("script", "image:\n  src: javascript:alert(1)\n  height: -3\n  size: 4\n"));
        using var built = site.Build(BaseUrl);
        Assert.False(built.Report.Succeeded);
        var problems = built.Report.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(problems, p => p.EndsWith("site.yml:2:8: error: 'image' must be an http or https URL, not \"static/preview.png\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EndsWith("nosrc.md:6:8: error: 'image' needs 'src', the picture's https URL", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("script.md:7:8: error: 'src' must be an http or https URL", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("script.md:8:", StringComparison.Ordinal) && p.Contains("height", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("script.md:9:3: warning: unknown key 'size' in image", StringComparison.Ordinal));
    }
}
