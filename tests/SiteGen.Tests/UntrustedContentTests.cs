using AngleSharp.Dom;

namespace SiteGen.Tests;

/// <summary>Entries come from pull requests: nothing a contributor writes may become live markup.</summary>
public sealed class UntrustedContentTests
{
    private const string Attack = """
        ---
        title: "<script>alert('title')</script><img src=x onerror=alert(1)>"
        authors: ["<script>alert('author')</script>", "Eve <img src=x onerror=alert(2)>"]
        date: 2025-01-01
        topics: [language-models]
        venue: "<b onmouseover=alert(3)>Venue</b>"
        abstract: "</p><script>alert('abstract')</script><svg onload=alert(4)>"
        ---
        Notes with <script>alert('notes')</script> and <img src=x onerror="alert(5)">
        and <a href="javascript:alert(6)">a link</a> and <iframe src="https://evil.example"></iframe>.

        [markdown link](javascript:alert(7)) and {{ site.title }} and {% raw %}{% endraw %}
        """;

    [Fact]
    public void Script_and_event_handler_payloads_never_become_live_markup()
    {
        using var content = new InlineSite().Write("papers/2025/attack.md", Attack);
        using var site = content.Build();
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));

        foreach (var file in site.HtmlFiles())
        {
            var page = site.Page(file);
            // The only inline script is JSON-LD data, which must stay one JSON document.
            Assert.All(page.QuerySelectorAll("script:not([src])"), s =>
            {
                Assert.Equal("application/ld+json", s.GetAttribute("type"));
                using var json = System.Text.Json.JsonDocument.Parse(s.TextContent);
            });
            Assert.DoesNotContain(page.QuerySelectorAll("script[src]"), s => !s.GetAttribute("src")!.StartsWith("/assets/"));
            Assert.Empty(page.QuerySelectorAll("iframe, svg, img[onerror], b[onmouseover]"));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
            Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        }

        // The text is still there for the reader, shown as text.
        var paper = site.Page("papers/attack/index.html");
        Assert.Contains("<script>alert('title')</script>", paper.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert('abstract')</script>", paper.QuerySelector(".abstract")!.TextContent);
        Assert.Equal("<script>alert('title')</script><img src=x onerror=alert(1)>",
            paper.QuerySelector("meta[name=citation_title]")!.GetAttribute("content"));
        var jsonLd = paper.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.DoesNotContain("</", jsonLd);
        using var article = System.Text.Json.JsonDocument.Parse(jsonLd);
        Assert.Equal("<script>alert('author')</script>", article.RootElement.GetProperty("author")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Liquid_syntax_in_notes_is_shown_as_text_not_run()
    {
        using var content = new InlineSite().Write("papers/2025/attack.md", Attack);
        using var site = content.Build();
        var notes = site.Page("papers/attack/index.html").QuerySelector(".notes")!.TextContent;
        Assert.Contains("{{ site.title }}", notes);
        Assert.Contains("{% raw %}", notes);
        Assert.DoesNotContain("Inline site", notes);
    }

    [Fact]
    public void Unsafe_link_fields_are_rejected_with_their_position()
    {
        using var content = new InlineSite().Write("papers/2025/bad-link.md", """
            ---
            title: Bad link
            authors: []
            date: 2025-01-01
            topics: [language-models]
            pdf: "javascript:alert(1)"
            ---
            """);
        using var site = content.Build();
        var error = Assert.Single(site.Report.Diagnostics);
        Assert.EndsWith("papers/2025/bad-link.md:6:6: error: 'pdf' must be an http or https URL, not \"javascript:alert(1)\"", error.ToString());
    }
}
