namespace SiteGen.Tests;

/// <summary>A paper page in Debian's Chromium (<c>tests/search/paper-page.mjs</c>): its layout at 360 px, and printed.</summary>
public sealed class PaperPageBrowserTests
{
    [Fact]
    public void At_360_px_the_facts_lead_and_bibtex_wraps_and_a_printed_page_has_no_chrome_and_shows_link_addresses()
    {
        var title = string.Join(' ', Enumerable.Repeat("Extraordinarily-long-hyphenated-title-words", 8));
        using var site = new InlineSite().Write("papers/2025/long.md", $"""
            ---
            title: "{title}"
            authors: [Ada Lovelace, Charles Babbage]
            date: 2025-01-01
            topics: [language-models]
            venue: ICLR 2026
            arxiv: "2509.25035"
            code: https://github.com/lab/long
            abstract: Everything is at https://example.org/a-rather-long/address/for-the-paper and more.
            ---
            Notes.
            """);
        using var folder = new TempFolder();
        using var built = BuiltSite.Into(folder.Combine("site"), site.Content, "/list/");
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));
        NodeScript.Passes("paper-page.mjs", folder.Path, "/list/", "long");
    }
}
