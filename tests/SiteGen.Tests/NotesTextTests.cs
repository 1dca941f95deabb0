using System.Diagnostics;
using System.Text.Json;
using SiteGen.Text;

namespace SiteGen.Tests;

/// <summary>
/// Notes are parsed once into what the page shows, what search sees and what <c>check</c> verifies;
/// the three must agree, and no body may crash or stall the build. Timed, so not run beside other tests.
/// </summary>
[Collection(TimedTests.Name)]
public sealed class NotesTextTests
{
    // The body of an entry written by Paper starts at line 7 of its file.
    private const int BodyLine = 7;

    private static string Paper(string notes, string title = "T") =>
        $"---\ntitle: \"{title}\"\nauthors: [\"Ann Example\"]\ndate: 2025-01-01\ntopics: [language-models]\n---\n{notes}";

    [Fact]
    public void Raw_html_links_in_notes_get_the_base_path_like_markdown_links()
    {
        using var content = new InlineSite().Write("papers/2025/p.md", Paper(
            "See [the topic](/topics/language-models/) and <a href=\"/topics/diffusion-models/\">its sibling</a>.\n\n" +
            "<div><img src=\"/assets/figure.png\" alt=\"a figure\"></div>\n"));
        using var site = content.Build("/list/");
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));

        var notes = site.Page("papers/p/index.html").QuerySelector(".notes")!;
        Assert.Equal(["/list/topics/language-models/", "/list/topics/diffusion-models/"],
            notes.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/list/assets/figure.png", notes.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void Check_names_a_raw_html_link_to_no_page_at_its_line_and_column()
    {
        using var content = new InlineSite().Write("papers/2025/p.md", Paper(
            "Intro.\n\n<p>See <a href=\"/topics/language-model/\">the topic</a></p>\n\n<!-- <a href=\"/nowhere/\">a comment is no link</a> -->\n"));
        using var site = content.Build();

        var problems = site.Report.Diagnostics.Select(d => d.ToString()).ToList();
        var problem = Assert.Single(problems, p => p.Contains("points to no page"));
        Assert.EndsWith($"p.md:{BodyLine + 2}:17: error: link to /topics/language-model/ points to no page of the site; did you mean /topics/language-models/?", problem);
    }

    [Fact]
    public void Search_indexes_and_shows_only_the_text_a_reader_sees()
    {
        using var content = new InlineSite().Write("papers/2025/p.md", Paper("""
            Visible words about a quokka.

            <!-- reviewer-only: do not publish -->

            <details><summary>More about the wombat</summary>

            Shown when opened: a numbat.

            </details>
            """));
        using var site = content.Build();
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));

        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "search", "lunr-index.json")));
        var terms = index.RootElement.GetProperty("invertedIndex").EnumerateArray().Select(t => t[0].GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "quokka", "wombat", "numbat" }, terms);
        Assert.DoesNotContain("reviewer", terms);
        Assert.DoesNotContain("publish", terms);
        Assert.DoesNotContain("summari", terms);
        Assert.DoesNotContain("detail", terms);

        // Without an abstract, the result's snippet is the start of the notes.
        var store = Directory.GetFiles(Path.Combine(site.Output, "search"), "r0.json", SearchOption.AllDirectories).Single();
        var snippet = JsonDocument.Parse(File.ReadAllText(store)).RootElement[0][4].GetString()!;  // see ShardedIndexWriter.ResultStore
        Assert.StartsWith("Visible words about a quokka. More about the wombat", snippet);
        Assert.DoesNotContain("reviewer", snippet);
        Assert.DoesNotContain("<", snippet);
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    /// <summary>Bodies that crashed, stalled or were never tried; each is (name, body, the error's line and column or null when it builds).</summary>
    public static TheoryData<string, string, string?> Pathological() => new()
    {
        { "5,000 nested quotes", Repeat("> ", 5_000) + "x", $"{BodyLine}:1: error: quotes, lists or brackets nest too deeply" },
        { "20,000 open brackets", Repeat("[a", 20_000), $"{BodyLine}:2001: error: this paragraph has more than 1,000 of the markers" },
        { "20,000 nested divs", Repeat("<div>", 20_000) + "x" + Repeat("</div>", 20_000), $"{BodyLine}:1: error: HTML elements are nested more than 256 deep" },
        { "300 nested divs", Repeat("<div>", 300) + "x", $"{BodyLine}:1: error: HTML elements are nested more than 256 deep" },
        { "300 nested spans in a line", "x " + Repeat("<span>", 300), $"{BodyLine}:1: error: HTML elements are nested more than 256 deep" },
        { "10,000 self-closed divs", Repeat("<div/>", 10_000), $"{BodyLine}:1: error: HTML elements are nested more than 256 deep" },
        { "a run of stars", Repeat("*", 60_000), $"{BodyLine}:1001: error: this paragraph has more than 1,000 of the markers" },
        { "a run of emphasis", "text\n" + Repeat("*a **b ", 9_000), $"{BodyLine + 1}:" },
        { "a run of underscores", Repeat("_a", 30_000), $"{BodyLine}:2001: error:" },
        { "a run of backticks", Repeat("`a", 30_000), $"{BodyLine}:2001: error:" },
        { "a run of unclosed links", Repeat("[a(", 20_000), $"{BodyLine}:3001: error:" },
        { "a list 200 deep", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- x\n")), $"{BodyLine}:1: error: quotes, lists or brackets nest too deeply" },
        { "a huge table", "|a|b|\n|-|-|\n" + Repeat("|x|y|\n", 12_000), $"{BodyLine}:1: error: the text has more than 10,000 lines" },
        { "80,000 one-word paragraphs", Repeat("a\n\n", 80_000), $"{BodyLine}:1: error: the text has more than 10,000 lines" },
        { "a table too wide for a page", "|a|b|\n|-|-|\n" + Repeat("|" + Repeat("x|", 400) + "\n", 60), $"{BodyLine}:1: error: the text makes " },
        { "300,000 characters", Repeat("word ", 60_000), $"{BodyLine}:1: error: the text is 300,000 characters long" },
        { "a run of angle brackets", Repeat("<", 40_000), null },
        { "a run of '<a'", Repeat("<a", 30_000), null },
        { "many short paragraphs", Repeat("*a* and `b` and [c](https://example.org/)\n\n", 700), null },
        { "a long table", "|a|b|\n|-|-|\n" + Repeat("|x|y|\n", 1_500), null },
        { "a table with emphasis", "|a|b|\n|-|-|\n" + Repeat("|*x*|`y`|\n", 200), null },
        { "stars in fenced code", "```\n" + Repeat("*p = a[i]; ", 2_000) + "\n```\n", null },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_notes_are_a_located_error_or_build_and_the_rest_is_still_checked(string name, string notes, string? error)
    {
        using var content = new InlineSite()
            .Write("papers/2025/bad.md", Paper(notes, name))
            .Write("papers/2025/other.md", Paper("Fine.", "Other").Replace("[language-models]", "[no-such-topic]"));
        using var site = content.Build();

        var problems = site.Report.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(problems, p => p.Contains("other.md:5:") && p.Contains("unknown topic 'no-such-topic'"));
        var atBody = problems.Where(p => p.Contains("bad.md:")).ToList();
        if (error is null) Assert.Empty(atBody);
        else Assert.Contains(atBody, p => p.Contains($"bad.md:{error}"));

        // A guard against runaway (quadratic) parsing, not a speed measure: best of three, with room for a busy machine.
        var best = Enumerable.Range(0, 3).Min(_ =>
        {
            var clock = Stopwatch.StartNew();
            MarkdownReader.Read(notes);
            return clock.Elapsed;
        });
        Assert.True(best < TimeSpan.FromSeconds(5), $"{name} took {best.TotalMilliseconds:F0} ms");
    }
}
