using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests;

/// <summary>
/// The files that publish the site and gate pull requests: they parse, use the official actions, and
/// the commands they and CONTRIBUTING.md give actually work on a copy of the repository.
/// </summary>
public sealed class PublishingTests
{
    private static readonly Dictionary<string, string?> InActions = new() { ["GITHUB_ACTIONS"] = "true" };

    [Fact]
    public void The_pages_workflow_builds_with_the_pages_base_url_and_deploys_with_the_official_actions()
    {
        var workflow = Yaml(".github/workflows/pages.yml");
        var on = (YamlMappingNode)workflow["on"];
        Assert.Contains("main", Sequence(((YamlMappingNode)on["push"])["branches"]));
        var permissions = (YamlMappingNode)workflow["permissions"];
        Assert.Equal("write", permissions["pages"].ToString());
        Assert.Equal("write", permissions["id-token"].ToString());

        var steps = Steps(workflow);
        var uses = steps.Select(s => s.Uses).OfType<string>().ToList();
        Assert.Contains(uses, u => u.StartsWith("actions/configure-pages@", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Run is { } run && run.Contains("build --base-url \"${{ steps.pages.outputs.base_url }}/\""));
        Assert.Contains(steps, s => s.Uses?.StartsWith("actions/upload-pages-artifact@") == true && s.With.GetValueOrDefault("path") == "output");

        // Its commands, with the address configure-pages gives a project site, pass in a clone of a site repository.
        using var clone = InlineSite.OnePaper();
        foreach (var run in steps.Select(s => s.Run).OfType<string>().Where(r => r.StartsWith(".sitegen/sitegen ", StringComparison.Ordinal)))
        {
            var args = Arguments(run[".sitegen/sitegen ".Length..].Replace("${{ steps.pages.outputs.base_url }}", "https://lab.github.io/reading-list"));
            var result = Sitegen.RunIn(clone.Root, InActions, args);
            Assert.True(result.ExitCode == 0, $"sitegen {string.Join(' ', args)}: {result.Stdout}{result.Stderr}");
        }
        Assert.Contains("https://lab.github.io/reading-list/papers/", File.ReadAllText(Path.Combine(clone.Root, "output", "feed.xml")));
    }

    [Fact]
    public void The_pull_request_workflow_checks_builds_and_checks_links_and_each_command_passes_here()
    {
        var workflow = Yaml(".github/workflows/pr.yml");
        Assert.True(((YamlMappingNode)workflow["on"]).Children.ContainsKey("pull_request"));
        var commands = Steps(workflow).Select(s => s.Run).OfType<string>()
            .Where(r => r.StartsWith(".sitegen/sitegen ", StringComparison.Ordinal))
            .Select(r => Arguments(r[".sitegen/sitegen ".Length..]))
            .ToList();
        Assert.Equal(["check", "build", "check-links"], commands.Select(c => c[0]));

        using var clone = InlineSite.OnePaper();
        foreach (var args in commands)
        {
            var result = Sitegen.RunIn(clone.Root, InActions, args);
            Assert.True(result.ExitCode == 0, $"sitegen {string.Join(' ', args)}: {result.Stdout}{result.Stderr}");
        }
        Assert.True(File.Exists(Path.Combine(clone.Root, "output", "index.html")));
    }

    [Fact]
    public void The_pull_request_gate_fails_on_a_bad_entry_with_an_annotation_on_its_line()
    {
        using var clone = InlineSite.OnePaper().Write("papers/2025/new-paper.md",
            "---\ntitle: New paper\nauthors: [Ada Lovelace]\ndate: 2025-01-01\ntopics: [llm-inferense]\n---\n");
        var result = Sitegen.RunIn(clone.Root, InActions, "check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("::error file=content/papers/2025/new-paper.md,line=5,col=10,", result.Stdout);
    }

    [Fact]
    public void Netlify_config_parses_publishes_output_previews_pull_requests_and_caches_only_hashed_assets_for_long()
    {
        var config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(Repo.Root, "netlify.toml")))!;
        var build = (TomlTable)config["build"];
        Assert.Equal("output", build["publish"]);
        Assert.Contains("scripts/netlify-build.sh", (string)build["command"]);
        var preview = (TomlTable)((TomlTable)config["context"])["deploy-preview"];
        Assert.Contains("$DEPLOY_PRIME_URL", (string)preview["command"]);

        var headers = ((TomlTableArray)config["headers"]).ToDictionary(h => (string)h["for"], h => (TomlTable)h["values"]);
        Assert.Equal("public, max-age=31536000, immutable", headers["/assets/*"]["Cache-Control"]);
        Assert.Equal("public, max-age=31536000, immutable", headers["/search/:build/*"]["Cache-Control"]);
        Assert.Matches(@"max-age=(\d{1,3})\b", (string)headers["/search/lunr-index.json"]["Cache-Control"]);
        Assert.False(headers["/*"].ContainsKey("Cache-Control"), "a Cache-Control on /* would be merged into every other rule");

        var redirect = ((TomlTableArray)config["redirects"]).Single();
        Assert.Equal("/404.html", redirect["to"]);
        Assert.Equal(404L, redirect["status"]);

        // Everything under /assets/ must really be fingerprinted for the year-long cache to be safe.
        var site = SeedSite.AtRoot;
        Assert.All(Directory.GetFiles(Path.Combine(site.Output, "assets")), f => Assert.Matches(@"\.[0-9a-f]{10}(\.[a-z0-9]+)?$", f));
        // ... and so must every folder under /search/: one per build, named by its contents.
        Assert.All(Directory.GetDirectories(Path.Combine(site.Output, "search")), d => Assert.Matches(@"/search/[0-9a-f]{12}$", d));
    }

    [Fact]
    public void The_example_in_contributing_passes_check_and_its_new_paper_command_works()
    {
        var guide = File.ReadAllText(Path.Combine(Repo.Root, "CONTRIBUTING.md"));
        var example = Regex.Match(guide, @"```markdown\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;
        var entry = string.Join('\n', example.Split('\n').Select(l => l.StartsWith("   ", StringComparison.Ordinal) ? l[3..] : l));

        using var pasted = new ContentCopy();
        File.WriteAllText(pasted.File("papers/2022/flashattention.md"), entry);
        // `sitegen check` would pass and print "0 errors, 0 warnings".
        Assert.Empty(ContentCheck.Of(pasted.Content));

        var command = Regex.Match(guide, @"\./sitegen (new paper .*?)\n```", RegexOptions.Singleline).Groups[1].Value.Replace("\\\n", " ");
        using var scaffolded = new ContentCopy();
        var created = Sitegen.RunIn(scaffolded.Root, new Dictionary<string, string?>(), Arguments(command));
        Assert.True(created.ExitCode == 0, created.Stderr);
        Assert.Contains("content/papers/2022/flashattention.md", created.Stdout);
        ContentCheck.Passes(scaffolded.Content);
    }

    private static YamlMappingNode Yaml(string relative)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repo.Root, relative))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private sealed record Step(string? Uses, string? Run, Dictionary<string, string> With);

    private static List<Step> Steps(YamlMappingNode workflow) =>
        [.. ((YamlMappingNode)workflow["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .Where(job => job.Children.ContainsKey("steps"))
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
            .Select(step => new Step(
                step.Children.TryGetValue("uses", out var uses) ? uses.ToString() : null,
                step.Children.TryGetValue("run", out var run) ? run.ToString() : null,
                step.Children.TryGetValue("with", out var with)
                    ? ((YamlMappingNode)with).Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString())
                    : []))];

    private static List<string> Sequence(YamlNode node) => [.. ((YamlSequenceNode)node).Children.Select(c => c.ToString())];

    /// <summary>Splits a shell command line into arguments: whitespace separates, double quotes group.</summary>
    private static string[] Arguments(string line) =>
        [.. Regex.Matches(line, "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)];
}
