namespace SiteGen.Tests;

/// <summary><c>sitegen new paper</c>: the entry it makes passes check, shows up in the next build, and nothing is overwritten.</summary>
public sealed class NewPaperTests
{
    [Fact]
    public void A_new_paper_passes_check_and_appears_in_the_next_build()
    {
        using var copy = new ContentCopy();
        const string title = "\"Quoted\" words: a # hash, an 'apostrophe' and Łukasz's accents";

        var created = Sitegen.Run("new", "paper", "--content", copy.Content, "--title", title,
            "--authors", "Łukasz Kaiser; Ada Lovelace", "--topics", "llm-inference,gpu-kernels",
            "--date", "2024-03-05", "--arxiv", "2403.01234", "--slug", "tricky-title");

        Assert.Equal(0, created.ExitCode);
        Assert.True(File.Exists(copy.File("papers/2024/tricky-title.md")), created.Stdout + created.Stderr);
        ContentCheck.Passes(copy.Content);

        using var site = new BuiltSite(copy.Content);
        Assert.True(site.Report.Succeeded);
        var page = site.Page("papers/tricky-title/index.html");
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        var authors = page.QuerySelectorAll("a[href^='/authors/']").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Łukasz Kaiser", authors);
        Assert.Contains("Ada Lovelace", authors);
        Assert.Contains("tricky-title", site.Page("topics/gpu-kernels/index.html").QuerySelector("main")!.InnerHtml);
    }

    [Fact]
    public void The_slug_is_made_from_the_title()
    {
        using var copy = new ContentCopy();
        var created = Sitegen.Run("new", "paper", "--content", copy.Content,
            "--title", "Attention Is All You Need Again, Really", "--authors", "Ada Lovelace", "--topics", "llm-inference", "--date", "2017-06-12");
        Assert.Equal(0, created.ExitCode);
        Assert.True(File.Exists(copy.File("papers/2017/attention-is-all-you-need.md")));
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var copy = new ContentCopy();
        var existing = copy.File("papers/2025/accllm.md");
        var before = File.ReadAllText(existing);

        var result = Sitegen.Run("new", "paper", "--content", copy.Content, "--title", "AccLLM: something else",
            "--authors", "Ada Lovelace", "--topics", "llm-inference", "--date", "2025-06-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already exists", result.Stderr);
        Assert.Equal(before, File.ReadAllText(existing));
    }

    [Fact]
    public void A_paper_that_would_fail_check_is_not_written_and_the_reasons_are_given()
    {
        using var copy = new ContentCopy();
        var result = Sitegen.Run("new", "paper", "--content", copy.Content, "--title", "Some other title",
            "--authors", "Ada Lovelace", "--topics", "llm-inferense", "--date", "2025-06-01", "--arxiv", "2505.03745");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did you mean 'llm-inference'", result.Stderr);
        Assert.Contains("arXiv id 2505.03745 is also given by", result.Stderr);
        Assert.False(File.Exists(copy.File("papers/2025/some-other-title.md")));
    }

    [Theory]
    [InlineData("new", "paper", "--authors", "A", "--topics", "t")]
    [InlineData("new", "paper", "--title", "T", "--authors", "A", "--topics", "t", "--date", "05/06/2025")]
    public void Missing_or_malformed_flags_are_usage_errors(params string[] args) => Assert.Equal(2, Sitegen.Run(args).ExitCode);
}
