using SiteGen.Import;
using SiteGen.Diagnostics;

namespace SiteGen.Tests;

/// <summary>One definition of "the same paper" for <c>check</c> and <c>import</c>: they must agree.</summary>
public sealed class PaperIdentityTests
{
    private const string Existing = "---\ntitle: \"Mixture of Experts\"\nauthors: [Cy Coder]\ndate: 2025-01-10\ntopics: [language-models]\narxiv: \"2501.00001\"\n---\n";

    [Fact]
    public void Check_rejects_an_arxiv_id_that_differs_only_in_its_version_at_both_files()
    {
        using var site = new InlineSite();
        site.Write("papers/2025/moe.md", Existing)
            .Write("papers/2025/moe-again.md", "---\ntitle: \"Sparse experts\"\nauthors: [Dee Dev]\ndate: 2025-02-01\ntopics: [language-models]\narxiv: \"2501.00001v2\"\n---\n");

        using var built = site.Build();

        var errors = built.Report.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Contains(errors, d => d.Path.EndsWith("moe.md", StringComparison.Ordinal) && d.Line == 6 && d.Message.Contains("moe-again.md", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Path.EndsWith("moe-again.md", StringComparison.Ordinal) && d.Line == 6 && d.Message.Contains("moe.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_takes_the_same_versionless_arxiv_id_as_the_paper_already_there()
    {
        using var site = new InlineSite();
        site.Write("papers/2025/moe.md", Existing);
        site.Write("new.bib", "@article{dev2025, title = {Sparse experts}, author = {Dev, Dee}, year = {2025}, eprint = {2501.00001v2}, archivePrefix = {arXiv}}\n");

        var bag = new DiagnosticBag();
        var actions = BibtexImporter.Import(Path.Combine(site.Content, "new.bib"), "new.bib", new ImportOptions(site.Content), bag);

        var action = Assert.Single(actions);
        Assert.Equal("skip", action.Verb);
        Assert.EndsWith("papers/2025/moe.md", action.Path);
    }

    [Fact]
    public void Import_adds_a_paper_that_only_shares_its_title_with_a_different_paper()
    {
        using var site = new InlineSite();
        site.Write("papers/2015/deep-learning.md", "---\ntitle: \"Deep Learning\"\nauthors: [Yann LeCun]\ndate: 2015-05-27\ntopics: [language-models]\ndoi: 10.1038/nature14539\n---\n");
        site.Write("new.bib", "@book{goodfellow2016, title = {Deep Learning}, author = {Goodfellow, Ian}, year = {2016}, keywords = {language models}}\n");

        var bag = new DiagnosticBag();
        var actions = BibtexImporter.Import(Path.Combine(site.Content, "new.bib"), "new.bib", new ImportOptions(site.Content), bag);

        Assert.Equal("create", Assert.Single(actions).Verb);
        using var built = site.Build();
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));
        Assert.Contains(built.Report.Diagnostics, d => d.Severity == Severity.Warning && d.Message.StartsWith("this title is also the title of", StringComparison.Ordinal));
    }
}
