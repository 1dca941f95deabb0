using SiteGen.Model;

namespace SiteGen.Tests;

/// <summary>
/// <c>new paper --arxiv/--doi</c> and <c>import arxiv</c> against arXiv, Crossref and DataCite played on 127.0.0.1
/// (<see cref="MetadataServer"/>); no test touches the internet.
/// </summary>
public sealed class IdentifierImportTests
{
    private static InlineSite Site() => new InlineSite().Write("site.yml", "title: Inline site\nbase_url: /\ncontact: lab@example.org\n");

    private static Collection Load(string content) => ContentCheck.Loaded(content);

    [Fact]
    public void New_paper_from_an_arxiv_id_takes_the_served_record_caches_it_as_received_and_asks_only_once()
    {
        using var site = Site();
        using var server = new MetadataServer();

        var first = Sitegen.Run(server.Environment, "new", "paper", "--arxiv", "2501.00042", "--topics", "language-models", "--content", site.Content);

        Assert.True(first.ExitCode == 0, first.Stderr);
        var paper = Assert.Single(Load(site.Content).Papers);
        Assert.Equal("Sparse Attention for Invented Reading Lists: A Study in Two Lines", paper.Title);
        Assert.Equal(new DateOnly(2025, 1, 2), paper.Date);
        Assert.Equal(("2501.00042", "https://arxiv.org/pdf/2501.00042v2"), (paper.Arxiv, paper.Pdf));
        Assert.Equal("We invent a paper so that tests need no network. Its abstract wraps over lines, as arXiv's do, and mentions 3 < 4 & \"quotes\".", paper.Abstract);
        var collection = Load(site.Content);
        Assert.Equal(["Jane Doe", "Łukasz Roe"], collection.Papers[0].Authors.Select(a => collection.AuthorBySlug[a].Name));
        Assert.Contains("categories: [cs.CL, cs.LG]", File.ReadAllText(Path.Combine(site.Content, "papers/2025", Path.GetFileName(paper.SourcePath))));
        Assert.Equal(MetadataServer.Fixture("arxiv-2501.00042.xml"), File.ReadAllText(Path.Combine(site.Content, "metadata/arxiv/2501.00042.xml")));
        var (path, userAgent) = Assert.Single(server.Requests);
        Assert.Equal("/arxiv/api/query?id_list=2501.00042", path);
        Assert.Matches(@"^SiteGen/\S+ \(.*mailto:lab@example\.org\)$", userAgent);

        File.Delete(Path.Combine(site.Content, "papers/2025", Path.GetFileName(paper.SourcePath)));
        var second = Sitegen.Run(server.Environment, "new", "paper", "--arxiv", "2501.00042", "--topics", "language-models", "--content", site.Content);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Single(server.Requests);
        Assert.Equal(paper.Title, Assert.Single(Load(site.Content).Papers).Title);
    }

    [Fact]
    public void A_503_with_retry_after_then_a_200_is_retried()
    {
        using var site = Site();
        using var server = new MetadataServer();
        server.FailNext(503, "0");
        server.FailNext(429, "0");

        var result = Sitegen.Run(server.Environment, "new", "paper", "--arxiv", "2501.00042", "--topics", "language-models", "--content", site.Content);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(3, server.Requests.Count);
        Assert.Single(Load(site.Content).Papers);
    }

    [Theory]
    [InlineData("2599.99999")]
    [InlineData("not-an-id")]
    public void An_unknown_arxiv_id_is_a_clear_error_and_nothing_is_written(string id)
    {
        using var site = Site();
        using var server = new MetadataServer();

        var result = Sitegen.Run(server.Environment, "new", "paper", "--arxiv", id, "--topics", "language-models", "--content", site.Content);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"arXiv has no paper with the id {id}", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Content, "papers")));
        Assert.False(Directory.Exists(Path.Combine(site.Content, "metadata")));
    }

    [Fact]
    public void New_paper_from_a_doi_asks_crossref_and_falls_back_to_datacite()
    {
        using var site = Site();
        using var server = new MetadataServer();

        var crossref = Sitegen.Run(server.Environment, "new", "paper", "--doi", "10.1145/1234567.7654321", "--topics", "language-models", "--content", site.Content);
        var datacite = Sitegen.Run(server.Environment, "new", "paper", "--doi", "https://doi.org/10.5281/zenodo.1234567", "--topics", "language-models", "--content", site.Content);
        var unknown = Sitegen.Run(server.Environment, "new", "paper", "--doi", "10.9999/nobody.knows", "--topics", "language-models", "--content", site.Content);

        Assert.True(crossref.ExitCode == 0, crossref.Stderr);
        Assert.True(datacite.ExitCode == 0, datacite.Stderr);
        var collection = Load(site.Content);
        var caches = collection.Papers.Single(p => p.Doi == "10.1145/1234567.7654321");
        Assert.Equal(("Caches That Remember", new DateOnly(2021, 2, 15), "Journal of Invented Results", "We cache things, and the cache remembers."),
            (caches.Title, caches.Date, caches.Venue, caches.Abstract));
        Assert.Equal(["Jane Doe", "Rui Roe"], caches.Authors.Select(a => collection.AuthorBySlug[a].Name));
        var dataset = collection.Papers.Single(p => p.Doi == "10.5281/zenodo.1234567");
        Assert.Equal(("An Invented Dataset of Reading Lists", new DateOnly(2022, 6, 30), "Zenodo"), (dataset.Title, dataset.Date, dataset.Venue));
        Assert.True(File.Exists(Path.Combine(site.Content, "metadata/crossref/10.1145%2F1234567.7654321.json")));
        Assert.True(File.Exists(Path.Combine(site.Content, "metadata/datacite/10.5281%2Fzenodo.1234567.json")));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("neither Crossref nor DataCite knows the DOI 10.9999/nobody.knows", unknown.Stderr);
    }

    [Fact]
    public void Import_arxiv_adds_several_papers_at_once()
    {
        using var site = Site();
        using var server = new MetadataServer();

        var result = Sitegen.Run(server.Environment, "import", "arxiv", "2501.00042", "arXiv:2502.00007", "--topics", "language-models", "--content", site.Content);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(["A Second Invented Preprint", "Sparse Attention for Invented Reading Lists: A Study in Two Lines"],
            Load(site.Content).Papers.Select(p => p.Title).Order());
    }

    [Fact]
    public void Check_warns_when_an_entry_disagrees_with_its_cached_record_without_any_request()
    {
        using var site = Site();
        using (var server = new MetadataServer())
            Assert.Equal(0, Sitegen.Run(server.Environment, "new", "paper", "--arxiv", "2501.00042", "--topics", "language-models", "--content", site.Content, "--slug", "sparse").ExitCode);
        var entry = Path.Combine(site.Content, "papers/2025/sparse.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("Sparse Attention", "Dense Attention").Replace("date: 2025-01-02", "date: 2024-01-02"));

        var check = Sitegen.Run(new Dictionary<string, string?> { ["SITEGEN_ARXIV_API"] = "http://127.0.0.1:9/nothing" }, "check", "--content", site.Content);

        Assert.Equal(0, check.ExitCode);
        Assert.Contains("papers/2025/sparse.md:2:8: warning: the title differs from the cached record of arXiv 2501.00042: \"Sparse Attention for Invented Reading Lists: A Study in Two Lines\"", check.Stderr);
        Assert.Contains("papers/2025/sparse.md:4:7: warning: the year differs from the cached record of arXiv 2501.00042: \"2025\"", check.Stderr);
        Assert.DoesNotContain("first author", check.Stderr);
    }
}
