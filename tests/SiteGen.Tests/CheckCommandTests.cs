using System.Text.Json;
using System.Text.RegularExpressions;

namespace SiteGen.Tests;

/// <summary><c>sitegen check</c> as a pull-request gate: every problem, at its line, in every output format.</summary>
public sealed class CheckCommandTests
{
    private static readonly string Review = Path.Combine(Repo.Fixtures, "invalid", "05-pull-request-review");
    private static string ReviewContent => Path.Combine(Review, "content");

    private static IEnumerable<string> Expected() =>
        File.ReadAllLines(Path.Combine(Review, "expected.txt")).Where(l => l.Length > 0);

    [Fact]
    public void The_seed_content_passes()
    {
        var result = Sitegen.Run("check", "--content", SeedSite.Content);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 errors, 0 warnings", result.Stderr);
    }

    [Fact]
    public void Every_kind_of_problem_is_named_at_its_file_and_line_and_the_check_fails()
    {
        var result = Sitegen.Run("check", "--content", ReviewContent);

        Assert.Equal(1, result.ExitCode);
        var printed = result.Stderr.Split('\n').Where(l => l.Contains(": error: ") || l.Contains(": warning: "))
            .Select(l => l.Replace(ReviewContent, "content"));
        Assert.Equal(Expected(), printed);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Inside_github_actions_problems_become_annotations_on_the_same_lines()
    {
        var result = Sitegen.Run(new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" }, "check", "--content", ReviewContent);

        Assert.Equal(1, result.ExitCode);
        var annotations = result.Stdout.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        var expected = Expected().ToList();
        Assert.Equal(expected.Count, annotations.Count);
        foreach (var (line, annotation) in expected.Zip(annotations))
        {
            var m = Regex.Match(line, @"^content/(?<file>[^:]+):(?<line>\d+):(?<col>\d+): (?<kind>error|warning): (?<message>.*)$");
            var file = (ReviewContent + "/" + m.Groups["file"].Value).Replace(":", "%3A").Replace(",", "%2C");
            Assert.StartsWith($"::{m.Groups["kind"].Value} file={file},line={m.Groups["line"].Value},col={m.Groups["col"].Value},", annotation);
            Assert.EndsWith("::" + m.Groups["message"].Value.Replace(ReviewContent, "content").Replace("content/", ReviewContent + "/"), annotation);
        }
    }

    [Fact]
    public void Json_output_parses_and_carries_every_problem()
    {
        var result = Sitegen.Run("check", "--content", ReviewContent, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(Expected().Count(), diagnostics.Count);
        Assert.Equal(Expected().Count(l => l.Contains(": error: ", StringComparison.Ordinal)), json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(Expected().Count(l => l.Contains(": warning: ", StringComparison.Ordinal)), json.RootElement.GetProperty("warnings").GetInt32());
        var dead = diagnostics.Single(d => d.GetProperty("code").GetString() == "link");
        Assert.EndsWith("papers/2025/dead-link.md", dead.GetProperty("path").GetString());
        Assert.Equal(7, dead.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Warnings_pass_unless_strict()
    {
        using var site = new InlineSite().Write("papers/2025/http.md",
            "---\ntitle: Plain http\nauthors: [Ada Lovelace]\ndate: 2025-01-01\ntopics: [language-models]\nurl: http://example.org/\n---\n");

        var lenient = Sitegen.Run("check", "--content", site.Content);
        var strict = Sitegen.Run("check", "--content", site.Content, "--strict");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("http.md:6:6: warning: 'url' uses http", lenient.Stderr);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("http.md:6:6: error: 'url' uses http", strict.Stderr);
    }

    [Fact]
    public void Check_writes_nothing()
    {
        using var site = new InlineSite();
        var before = TreeHash.Of(Path.GetDirectoryName(site.Content)!);
        Assert.Equal(0, Sitegen.Run("check", "--content", site.Content).ExitCode);
        Assert.Equal(before, TreeHash.Of(Path.GetDirectoryName(site.Content)!));
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--strict", "yes")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(2, Sitegen.Run(args).ExitCode);

    [Fact]
    public void Check_links_passes_a_built_site_and_names_each_broken_link_at_its_line()
    {
        // The command, not the collection, is under test: every link of the seed site is checked in SeedSiteTests.
        using var site = InlineSite.OnePaper();
        var output = Path.Combine(site.Root, "output");
        Assert.True(SiteBuilder.Build(new BuildOptions(site.Content, Repo.Theme, output, "/reading-list/")).Succeeded);
        Assert.Equal(0, Sitegen.Run("check-links", "--output", output, "--base-url", "/reading-list/").ExitCode);

        Directory.CreateDirectory(Path.Combine(output, "broken"));
        File.WriteAllText(Path.Combine(output, "broken", "index.html"),
            "<!doctype html><html><body>\n<p><a href=\"/reading-list/papers/no-such-paper/\">gone</a>\n<a href=\"#nowhere\">here</a>" +
            "<a href=\"../papers/one/\">relative, fine</a> <a href=\"https://example.org/\">elsewhere</a> <a href=\"/other-site/\">outside</a></p></body></html>");
        var result = Sitegen.Run("check-links", "--output", output, "--base-url", "/reading-list/");

        Assert.Equal(1, result.ExitCode);
        var problems = result.Stderr.Split('\n').Where(l => l.Contains(": error: ")).ToList();
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.EndsWith("broken/index.html:2:4: error: link to /reading-list/papers/no-such-paper/ points to no file of the site"));
        Assert.Contains(problems, p => p.Contains("broken/index.html:3:1: error: no element has the id #nowhere"));
        Assert.Contains(problems, p => p.Contains("leaves the site's base path /reading-list/"));
    }

    [Fact]
    public void Many_warnings_of_one_kind_print_a_few_and_a_count_unless_verbose_and_json_keeps_them_all()
    {
        using var site = new InlineSite();
        for (var i = 0; i < 30; i++)
            site.Write($"papers/2025/p{i:D2}.md", $"---\ntitle: Paper {i}\nauthors: [Ada Lovelace]\ndate: 2025-01-01\ntopics: [language-models]\nurl: http://example.org/{i}\n---\n");
        site.Write("papers/2025/typo.md", "---\ntitle: Typo\nauthors: [Ada Lovelace]\ndate: 2025-01-01\ntopics: [language-models]\nvenu: X\n---\n");

        var brief = Sitegen.Run("check", "--content", site.Content);
        var verbose = Sitegen.Run("check", "--content", site.Content, "--verbose");
        var json = Sitegen.Run("check", "--content", site.Content, "--format", "json");

        int Http(string text) => text.Split('\n').Count(l => l.Contains(": warning: 'url' uses http", StringComparison.Ordinal));
        Assert.Equal(5, Http(brief.Stderr));
        Assert.Contains($"sitegen: {30 - 5} more 'http' warnings not shown", brief.Stderr);
        Assert.Contains("typo.md:6:1: warning: unknown key 'venu'", brief.Stderr);
        Assert.Equal(30, Http(verbose.Stderr));
        using var document = JsonDocument.Parse(json.Stdout);
        Assert.Equal(31, document.RootElement.GetProperty("warnings").GetInt32());
        Assert.Equal(0, brief.ExitCode);
    }
}
