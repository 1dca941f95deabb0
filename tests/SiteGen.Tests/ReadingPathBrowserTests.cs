namespace SiteGen.Tests;

/// <summary>A reading path's checkboxes in Debian's Chromium (<c>tests/search/reading-path.mjs</c>): kept across a reload, absent without JavaScript.</summary>
public sealed class ReadingPathBrowserTests
{
    [Fact]
    public void Ticked_step_stays_ticked_after_a_reload_and_without_javascript_there_are_no_checkboxes()
    {
        using var site = new BuiltSite(LabSite.Content, "/list/");
        Assert.True(site.Report.Succeeded);
        NodeScript.Passes("reading-path.mjs", site.Output, "/list/", "start-here");
    }
}
