using AngleSharp.Html.Parser;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests;

/// <summary>The tests that share one packed and installed SiteGen tool.</summary>
[CollectionDefinition(Name)]
public sealed class PackedToolCollection : ICollectionFixture<PackedTool>
{
    public const string Name = "packed tool";
}

/// <summary>SiteGen as a lab gets it: the packed .NET tool, <c>sitegen init</c>, and the workflows init writes.</summary>
[Collection(PackedToolCollection.Name)]
public sealed class ToolPackageTests(PackedTool tool)
{
    private const string PagesAddress = "https://lab.example.org/list";

    [Fact]
    public void The_installed_tool_inits_a_site_that_checks_builds_and_passes_check_links_with_no_theme_folder()
    {
        using var temp = new TempFolder();
        Assert.Equal(tool.Version, tool.Sitegen(temp.Path, "--version").Stdout.Trim());
        Passes(tool.Sitegen(temp.Path, "init", "my-list", "--title", "Our reading list"));
        var site = temp.Combine("my-list");

        Passes(tool.Sitegen(site, "check"));
        Passes(tool.Sitegen(site, "build", "--base-url", PagesAddress + "/"));
        Passes(tool.Sitegen(site, "check-links", "--base-url", PagesAddress + "/"));

        Assert.False(Directory.Exists(Path.Combine(site, "theme")));
        Assert.False(Directory.Exists(Path.Combine(site, "content", "theme")));
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "output", "index.html")));
        Assert.Equal("Our reading list", home.QuerySelector("header a[href='/list/']")?.TextContent.Trim());
        Assert.NotNull(home.QuerySelector("a[href='/list/papers/attention-is-all-you-need/']"));
    }

    [Theory]
    [InlineData("pages.yml", new[] { "actions/checkout", "actions/setup-dotnet", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages" })]
    [InlineData("pr.yml", new[] { "actions/checkout", "actions/setup-dotnet", "actions/upload-artifact" })]
    public void A_generated_workflow_uses_the_official_actions_and_its_commands_pass_with_the_installed_tool(string workflow, string[] actions)
    {
        using var temp = new TempFolder();
        Passes(tool.Sitegen(temp.Path, "init", "site"));
        var site = temp.Combine("site");
        tool.WriteNuGetConfig(site);

        var steps = Steps(Path.Combine(site, ".github", "workflows", workflow));
        var uses = steps.Select(s => s.Uses).OfType<string>().Select(u => u.Split('@')[0]).ToList();
        Assert.All(actions, action => Assert.Contains(action, uses));
        var commands = steps.Select(s => s.Run).OfType<string>().ToList();
        Assert.Equal("dotnet tool restore", commands[0]);
        Assert.All(commands.Skip(1), c => Assert.StartsWith("dotnet sitegen ", c));

        // What GitHub would put in place of the expression: the Pages address, without a trailing slash.
        foreach (var command in commands)
            Passes(tool.Shell(site, command.Replace("${{ steps.pages.outputs.base_url }}", PagesAddress, StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(site, "output", "index.html")));
    }

    [Fact]
    public void The_generated_netlify_build_runs_with_the_installed_tool_and_publishes_output()
    {
        using var temp = new TempFolder();
        Passes(tool.Sitegen(temp.Path, "init", "site"));
        var site = temp.Combine("site");
        tool.WriteNuGetConfig(site);

        var netlify = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(site, "netlify.toml")))!;
        var build = (TomlTable)netlify["build"];
        Assert.Equal("output", build["publish"]);
        Passes(tool.Shell(site, (string)build["command"], new Dictionary<string, string> { ["URL"] = "https://lab-list.netlify.app" }));

        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "output", "index.html")));
        Assert.Equal("https://lab-list.netlify.app/", home.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    private static List<(string? Uses, string? Run)> Steps(string workflowFile)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(workflowFile)) yaml.Load(reader);
        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
        return
        [
            .. jobs.Children.Values.Cast<YamlMappingNode>()
                .Where(job => job.Children.ContainsKey("steps"))
                .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
                .Select(step => (Value(step, "uses"), Value(step, "run"))),
        ];
    }

    private static string? Value(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    private static void Passes(SitegenResult result) =>
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}:\n{result.Stdout}\n{result.Stderr}");
}
