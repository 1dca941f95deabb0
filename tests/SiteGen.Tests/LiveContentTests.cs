using SiteGen.Diagnostics;

namespace SiteGen.Tests;

/// <summary>
/// The lab's own <c>content/</c>, whatever it holds today: the one test that reads it, and asserts nothing
/// about its size. Everything else is checked on the frozen seed site (<see cref="SeedSite"/>).
/// </summary>
public sealed class LiveContentTests
{
    [Fact]
    public void Whatever_is_in_content_builds_without_errors_and_every_link_resolves()
    {
        // A full address with a path, so feeds, sitemap and base-path links are made and checked too.
        using var site = new BuiltSite(Repo.LiveContent, SeedSite.PublishedUrl);
        Assert.True(site.Report.Succeeded, string.Join('\n', site.Report.Diagnostics.Where(d => d.Severity == Severity.Error)));
        Assert.Empty(Output.LinkChecker.Check(site.Output, SeedSite.PublishedUrl));
    }
}
