using SiteGen.Content;

namespace SiteGen.Tests;

/// <summary><c>format:</c> in site.yml: older formats are told how to update, newer ones are refused.</summary>
public sealed class ContentFormatTests
{
    [Fact]
    public void An_older_format_still_builds_and_the_warning_says_what_changed_and_how_to_update()
    {
        using var site = InlineSite.OnePaper().Write("site.yml", "title: Inline site\nformat: 1\n");
        var result = Check(site);

        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(Lines(result), l => l.Contains("format"));
        Assert.Contains("site.yml:2:9: warning: site.yml is in content format 1; format 2 changed this: SiteGen is a .NET tool", warning);
        Assert.Contains("To update: keep content/;", warning);
        Assert.EndsWith("then set 'format: 2'", warning);
    }

    [Fact]
    public void A_newer_format_is_an_error_asking_for_a_newer_SiteGen()
    {
        using var site = InlineSite.OnePaper().Write("site.yml", $"title: Inline site\nformat: {ContentFormat.Current + 1}\n");
        var result = Check(site);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(Lines(result), l => l.Contains(": error: "));
        Assert.EndsWith(
            $"site.yml:2:9: error: site.yml is in content format {ContentFormat.Current + 1}, but this SiteGen reads formats up to {ContentFormat.Current}: " +
            "update SiteGen ('dotnet tool update SiteGen' in the site's folder, which also updates .config/dotnet-tools.json)", error);
    }

    [Theory]
    [InlineData("title: Inline site\n")]
    [InlineData("title: Inline site\nformat: 2\n")]
    public void The_current_format_or_none_gives_no_message(string settings)
    {
        using var site = InlineSite.OnePaper().Write("site.yml", settings);
        var result = Check(site);
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("format", result.Stdout + result.Stderr);
    }

    [Fact]
    public void Format_zero_does_not_exist()
    {
        using var site = InlineSite.OnePaper().Write("site.yml", "title: Inline site\nformat: 0\n");
        var result = Check(site);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("site.yml:2:9: error: there is no content format 0", result.Stderr);
    }

    private static SitegenResult Check(InlineSite site) =>
        Sitegen.RunIn(site.Root, new Dictionary<string, string?>(), "check", "--format", "text");

    private static IEnumerable<string> Lines(SitegenResult result) =>
        (result.Stdout + result.Stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
