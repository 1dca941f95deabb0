namespace SiteGen.Tests;

/// <summary>
/// What a contributor types reaches the site as typed, or is reported: the command line and the content
/// folder. Broken front matter is covered file by file in Fixtures/invalid/06-contributor-input.
/// </summary>
public sealed class ContributorInputTests
{
    [Fact]
    public void A_title_that_starts_with_an_at_sign_is_a_title_not_a_response_file()
    {
        using var site = new InlineSite();
        const string title = "@scale: Serving Language Models to Millions";

        var created = Sitegen.Run("new", "paper", "--content", site.Content, "--title", title,
            "--authors", "Ann Example", "--topics", "language-models", "--date", "2025-01-01", "--slug", "at-scale");

        Assert.True(created.ExitCode == 0, created.Stdout + created.Stderr);
        using var built = site.Build();
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));
        Assert.Equal(title, built.Page("papers/at-scale/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Entries_with_other_markdown_extensions_are_published_and_other_files_are_reported()
    {
        using var site = new InlineSite();
        const string entry = "---\ntitle: \"{0}\"\nauthors: [Ann Example]\ndate: 2024-01-01\ntopics: [language-models]\n---\n";
        site.Write("papers/2024/upper-case.MD", string.Format(entry, "Upper case extension"))
            .Write("papers/2024/long-extension.markdown", string.Format(entry, "Long extension"))
            .Write("papers/2024/draft.txt", string.Format(entry, "Draft"))
            .Write("papers/2024/.editor-backup.md", "not an entry")
            .Write("authors/lab/ann-example.md", "---\nname: Ann Example\n---\n");

        using var built = site.Build();

        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));
        Assert.Equal("Upper case extension", built.Page("papers/upper-case/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Long extension", built.Page("papers/long-extension/index.html").QuerySelector("h1")!.TextContent.Trim());
        var warnings = built.Report.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(warnings, w => w.Contains("papers/2024/draft.txt:1:1: warning: not a Markdown entry", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("authors/lab/:1:1: warning: folders inside authors/ are not read", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Contains("editor-backup", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comment_that_cuts_a_title_is_reported_with_the_quoted_form()
    {
        using var site = new InlineSite();
        site.Write("papers/2025/zephyr.md", "---\ntitle: Zephyr #1 Decoder for C# Runtimes\nauthors: [Ann Example]\ndate: 2025-01-01\ntopics: [language-models]\n---\n");

        using var built = site.Build();

        var warning = Assert.Single(built.Report.Diagnostics, d => d.Path.EndsWith("zephyr.md", StringComparison.Ordinal));
        Assert.Equal((2, 8), (warning.Line, warning.Column));
        Assert.Contains("\"Zephyr #1 Decoder for C# Runtimes\"", warning.Message);
        // The build goes on with the title YAML read, so the warning is the only trace of the cut.
        Assert.Equal("Zephyr", built.Page("papers/zephyr/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Comments_after_lists_dates_and_identifiers_are_plain_comments()
    {
        using var site = new InlineSite();
        site.Write("papers/2025/commented.md",
            "---\ntitle: \"Commented\"   # as on arXiv\nauthors: [Ann Example]   # in order\ndate: 2025-01-01   # v1\n" +
            "arxiv: \"2501.00001\"   # the id only\ntopics: [language-models]   # one is enough\n---\n");

        using var built = site.Build();

        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));
        Assert.Empty(built.Report.Diagnostics);
        Assert.Equal("Commented", built.Page("papers/commented/index.html").QuerySelector("h1")!.TextContent.Trim());
    }
}
