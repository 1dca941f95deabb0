namespace SiteGen.Tests;

/// <summary>Identity and search fold letters with one table, so a name search finds is a name identity knows.</summary>
public sealed class AccentFoldingTests
{
    private static string Paper(string title, string author) =>
        $"---\ntitle: \"{title}\"\nauthors: [\"{author}\"]\ndate: 2025-01-01\ntopics: [language-models]\n---\n";

    [Fact]
    public void Names_written_with_thorn_eth_or_h_bar_are_one_author_with_their_ascii_spelling()
    {
        using var content = new InlineSite()
            .Write("papers/2025/one.md", Paper("One", "Þórunn Ðaðadóttir Ħal"))
            .Write("papers/2025/two.md", Paper("Two", "Thorunn Dadadottir Hal"));
        using var site = content.Build();
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));

        var authors = Directory.GetDirectories(Path.Combine(site.Output, "authors")).Select(Path.GetFileName).ToList();
        var author = Assert.Single(authors);
        Assert.Equal(2, site.Page($"authors/{author}/index.html").QuerySelectorAll(".paper-card").Length);
    }
}
