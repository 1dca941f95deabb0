using AngleSharp.Html.Parser;
using SiteGen.Rendering;

namespace SiteGen.Tests;

/// <summary>The default theme inside SiteGen: sites without a theme folder, overrides on top of it, <c>theme copy</c>.</summary>
public sealed class BuiltInThemeTests
{
    [Fact]
    public void A_site_without_a_theme_folder_builds_the_same_site_as_with_the_repositorys_theme_folder()
    {
        using var site = InlineSite.OnePaper();
        Directory.Delete(Path.Combine(site.Root, "theme"));

        var result = Sitegen.RunIn(site.Root, new Dictionary<string, string?>(), "build");
        Assert.Equal(0, result.ExitCode);
        using var withFolder = site.Build(themeDir: Repo.Theme);
        Assert.Equal(TreeHash.Of(withFolder.Output), TreeHash.Of(Path.Combine(site.Root, "output")));
    }

    [Fact]
    public void Content_theme_overrides_replace_files_of_the_built_in_theme()
    {
        using var site = InlineSite.OnePaper()
            .Write("theme/partials/paper-card.liquid", "<p class=\"lab-card\">{{ paper.title }}</p>");
        Directory.Delete(Path.Combine(site.Root, "theme"));

        Assert.Equal(0, Sitegen.RunIn(site.Root, new Dictionary<string, string?>(), "build").ExitCode);
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Root, "output", "index.html")));
        Assert.Equal("One", home.QuerySelector("p.lab-card")?.TextContent);
        Assert.NotNull(home.QuerySelector("header"));
    }

    [Fact]
    public void A_template_error_in_the_built_in_theme_names_it_as_built_in()
    {
        using var site = InlineSite.OnePaper();
        var theme = ThemeLoader.Load(null, Path.Combine(site.Content, "theme"));
        Assert.Equal(DefaultTheme.DisplayName + "/pages/paper.liquid", theme.Templates["pages/paper.liquid"].DisplayPath);
    }

    [Fact]
    public void Theme_copy_writes_the_theme_folder_of_this_repository_and_build_then_uses_it()
    {
        using var site = InlineSite.OnePaper();
        Directory.Delete(Path.Combine(site.Root, "theme"));

        var copy = Sitegen.RunIn(site.Root, new Dictionary<string, string?>(), "theme", "copy", "theme");
        Assert.Equal(0, copy.ExitCode);
        Assert.Equal(TreeHash.Of(Repo.Theme), TreeHash.Of(Path.Combine(site.Root, "theme")));

        File.WriteAllText(Path.Combine(site.Root, "theme", "partials", "paper-card.liquid"), "<p class=\"owned\">{{ paper.title }}</p>");
        Assert.Equal(0, Sitegen.RunIn(site.Root, new Dictionary<string, string?>(), "build").ExitCode);
        Assert.Contains("class=\"owned\"", File.ReadAllText(Path.Combine(site.Root, "output", "index.html")));
    }

    [Fact]
    public void Theme_copy_refuses_a_folder_with_files_and_with_force_keeps_them()
    {
        using var temp = new TempFolder();
        var mine = temp.Write("theme/assets/site.css", "/* mine */");

        var refused = Sitegen.RunIn(temp.Path, new Dictionary<string, string?>(), "theme", "copy", "theme");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("not empty", refused.Stderr);
        Assert.Single(Directory.EnumerateFiles(temp.Combine("theme"), "*", SearchOption.AllDirectories));

        var forced = Sitegen.RunIn(temp.Path, new Dictionary<string, string?>(), "theme", "copy", "theme", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("Kept assets/site.css", forced.Stdout);
        Assert.Equal("/* mine */", File.ReadAllText(mine));
        Assert.True(File.Exists(temp.Combine("theme", "pages", "paper.liquid")));
    }
}
