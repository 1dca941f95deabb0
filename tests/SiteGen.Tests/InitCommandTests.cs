using System.Text.Json;
using SiteGen.Content;

namespace SiteGen.Tests;

/// <summary><c>sitegen init</c> run from the test's build of SiteGen; the packed tool is tried in <see cref="ToolPackageTests"/>.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public void Init_fills_in_a_title_that_needs_quoting_and_the_running_version_and_leaves_no_placeholder()
    {
        using var temp = new TempFolder();
        var title = "Ada's \"Lab\": #1 Lesezirkel";
        var result = Sitegen.RunIn(temp.Path, new Dictionary<string, string?>(), "init", "site", "--title", title, "--base-url", "https://lab.example.org/list/");
        Assert.Equal(0, result.ExitCode);

        var site = temp.Combine("site");
        Assert.All(Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories), f => Assert.DoesNotContain("@@", File.ReadAllText(f)));
        var check = Sitegen.RunIn(site, new Dictionary<string, string?>(), "check", "--format", "text");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("0 errors, 0 warnings", check.Stdout + check.Stderr);

        var bag = new SiteGen.Diagnostics.DiagnosticBag();
        var settings = ContentReader.Read(Path.Combine(site, "content"), bag).Site;
        Assert.Equal(title, settings.Title);
        Assert.Equal("https://lab.example.org/list/", settings.BaseUrl);
        Assert.Equal(ContentFormat.Current, settings.Format);
        Assert.StartsWith("# " + title + "\n", File.ReadAllText(Path.Combine(site, "README.md")));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, ".config", "dotnet-tools.json")));
        var version = Sitegen.Run("--version").Stdout.Trim();
        Assert.Equal(version, manifest.RootElement.GetProperty("tools").GetProperty("sitegen").GetProperty("version").GetString());
    }

    [Fact]
    public void Init_refuses_a_folder_with_files_and_with_force_adds_the_rest_keeping_them()
    {
        using var temp = new TempFolder();
        var readme = temp.Write("README.md", "our own readme");

        var refused = Sitegen.RunIn(temp.Path, new Dictionary<string, string?>(), "init");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("is not empty; nothing was written", refused.Stderr);
        Assert.Single(Directory.EnumerateFileSystemEntries(temp.Path));

        var forced = Sitegen.RunIn(temp.Path, new Dictionary<string, string?>(), "init", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("Kept README.md: it exists already.", forced.Stdout);
        Assert.Equal("our own readme", File.ReadAllText(readme));
        Assert.True(File.Exists(temp.Combine("content", "site.yml")));
    }

    [Fact]
    public void Init_writes_into_a_folder_that_holds_only_a_fresh_git_repository()
    {
        using var temp = new TempFolder();
        temp.Write(".git/HEAD", "ref: refs/heads/main\n");
        var result = Sitegen.RunIn(temp.Path, new Dictionary<string, string?>(), "init");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(temp.Combine(".github", "workflows", "pages.yml")));
        Assert.DoesNotContain("cd .", result.Stdout);
    }

    [Theory]
    [InlineData("lab.github.io/list/")]
    [InlineData("ftp://lab.example.org/")]
    public void Init_refuses_a_base_url_that_is_neither_an_address_nor_a_path_and_writes_nothing(string baseUrl)
    {
        using var temp = new TempFolder();
        var result = Sitegen.RunIn(temp.Path, new Dictionary<string, string?>(), "init", "site", "--base-url", baseUrl);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--base-url must be a full address", result.Stderr);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }

    [Fact]
    public void Version_is_the_solutions_one_version()
    {
        var result = Sitegen.Run("--version");
        Assert.Equal(0, result.ExitCode);
        var props = File.ReadAllText(Path.Combine(Repo.Root, "Directory.Build.props"));
        Assert.Contains($"<Version>{result.Stdout.Trim()}</Version>", props);
    }
}
