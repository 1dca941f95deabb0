using System.Diagnostics;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using SiteGen.Bibtex;
using SiteGen.Diagnostics;

namespace SiteGen.Tests;

/// <summary>The seed site published at a full address: BibTeX files, head metadata, feeds and sitemap.</summary>
public sealed class ScholarlyOutputTests
{
    private const string BaseUrl = SeedSite.PublishedUrl;

    // README: the site feed carries the newest 50 additions.
    private const int FeedEntries = 50;

    private static BuiltSite Site => SeedSite.Published;

    private static IEnumerable<string> BibFiles() =>
        Directory.EnumerateFiles(Site.Output, "*.bib", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_exported_bib_file_passes_bibtool_and_keys_are_unique()
    {
        var files = BibFiles().ToList();
        var collection = SeedSite.Collection;
        // The seed site has no lab members and no author with more than a page of papers: no author .bib files.
        Assert.Equal(1 + collection.Topics.Length, files.Count);
        // bibtool reports syntax errors and ignored text (and, with -d, duplicate keys) as "*** BibTool ..." on stderr.
        // One run reads every file (a run per file took seconds); -d across files would flag every entry that a
        // topic or author file shares with papers.bib, so it checks papers.bib alone and each file's keys are compared here.
        Assert.Equal("", Bibtool([.. files]));
        Assert.Equal("", Bibtool("-d", Path.Combine(Site.Output, "papers.bib")));
        foreach (var file in files)
        {
            var keys = BibtexParser.Parse(file, File.ReadAllText(file), new DiagnosticBag()).Select(e => e.Key).ToList();
            Assert.True(keys.Count == keys.Distinct().Count(), $"{file}: a key is used twice");
        }
        var all = BibtexParser.Parse("papers.bib", File.ReadAllText(Path.Combine(Site.Output, "papers.bib")), new DiagnosticBag());
        Assert.Equal(collection.Papers.Length, all.Count);
    }

    [Fact]
    public void Topic_pages_link_their_bib_files_and_feeds_and_author_pages_offer_bibtex_without_a_file_each()
    {
        var topic = Site.Page("topics/gpu-kernels/index.html");
        Assert.NotNull(topic.QuerySelector("a[href='/reading-list/topics/gpu-kernels/papers.bib']"));
        Assert.NotNull(topic.QuerySelector("link[rel=alternate][type='application/atom+xml'][href='/reading-list/topics/gpu-kernels/feed.xml']"));
        var authors = SeedSite.Collection.Authors.ToLookup(a => SeedSite.Collection.PapersOfAuthor(a.Slug).Length >= 2);
        // Several papers: a button the browser script turns into one download of their records (AuthorBibtexBrowserTests).
        var prolific = authors[true].First().Slug;
        var page = Site.Page($"authors/{prolific}/index.html");
        Assert.NotNull(page.QuerySelector($"button[hidden][data-bibtex-download='{prolific}.bib']"));
        Assert.NotNull(page.QuerySelector("script[src*='/assets/bibtex-download.']"));
        Assert.False(Site.Exists($"authors/{prolific}/papers.bib"));
        // One paper: its page's Cite section is the author's BibTeX.
        var single = authors[false].First().Slug;
        var paper = SeedSite.Collection.PapersOfAuthor(single)[0].Slug;
        Assert.NotNull(Site.Page($"authors/{single}/index.html").QuerySelector($"a:not([download])[href='/reading-list/papers/{paper}/#cite']"));
        Assert.False(Site.Exists($"authors/{single}/papers.bib"));
        Assert.NotNull(Site.Page("papers/index.html").QuerySelector("a[href='/reading-list/papers.bib']"));
    }

    [Fact]
    public void Exported_bibtex_imports_back_as_the_same_entries()
    {
        using var temp = new TempFolder();
        TopicsOnly.Create(temp);

        // No --topics: the export's keywords carry the topics.
        var import = Sitegen.Run("import", "bibtex", Path.Combine(Site.Output, "papers.bib"), "--content", temp.Combine("content"));
        Assert.True(import.ExitCode == 0, import.Stderr);

        var bag = new DiagnosticBag();
        var back = SiteBuilder.Load(temp.Combine("content"), bag, out _)!;
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        var seed = SeedSite.Collection;
        Assert.Equal(seed.Papers.Length, back.Papers.Length);
        foreach (var paper in seed.Papers)
        {
            var twin = Assert.Single(back.Papers, p => p.Arxiv == paper.Arxiv);
            Assert.Equal(
                (paper.Title, paper.Date.Year, paper.Venue, paper.Doi, paper.Abstract, string.Join(",", paper.Topics)),
                (twin.Title, twin.Date.Year, twin.Venue, twin.Doi, twin.Abstract, string.Join(",", twin.Topics)));
            Assert.Equal(paper.Authors.Select(a => seed.AuthorBySlug[a].Name), twin.Authors.Select(a => back.AuthorBySlug[a].Name));
        }
    }

    [Fact]
    public void Paper_pages_carry_citation_tags_and_json_ld_that_parses()
    {
        var seed = SeedData.Papers.First(p => p.Authors.Count > 2);
        var page = Site.Page($"papers/{SlugOfArxiv(seed.ArxivId)}/index.html");

        string? Meta(string name) => page.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");
        Assert.Equal(seed.Title, Meta("citation_title"));
        Assert.Equal(seed.Authors, page.QuerySelectorAll("meta[name=citation_author]").Select(m => m.GetAttribute("content")));
        Assert.Matches(@"^\d{4}/\d{2}/\d{2}$", Meta("citation_publication_date"));
        Assert.Equal(seed.ArxivId, Meta("citation_arxiv_id"));
        Assert.Equal($"https://arxiv.org/pdf/{seed.ArxivId}", Meta("citation_pdf_url"));
        Assert.StartsWith(BaseUrl + "papers/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("ScholarlyArticle", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(seed.Authors, json.RootElement.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));

        var author = Site.Page($"authors/{FirstAuthorSlug()}/index.html");
        using var person = JsonDocument.Parse(author.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Person", person.RootElement.GetProperty("@type").GetString());
    }

    [Fact]
    public void Feeds_are_valid_atom_with_absolute_links_under_the_base_url()
    {
        var site = Load("feed.xml");
        Assert.Equal(Math.Min(FeedEntries, SeedSite.Collection.Papers.Length), site.Items.Count());
        var topic = Load("topics/gpu-kernels/feed.xml");
        Assert.NotEmpty(topic.Items);
        foreach (var feed in new[] { site, topic })
        {
            Assert.StartsWith(BaseUrl, feed.Id);
            Assert.All(feed.Items, item =>
            {
                Assert.StartsWith(BaseUrl + "papers/", item.Id);
                Assert.StartsWith(BaseUrl + "papers/", item.Links.Single().Uri.AbsoluteUri);
                Assert.True(Site.Exists(item.Links.Single().Uri.AbsolutePath["/reading-list/".Length..] + "index.html"));
                Assert.NotEmpty(item.Authors);
            });
        }
        // Newest additions first, dated from the content.
        var dates = site.Items.Select(i => i.LastUpdatedTime).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Equal(dates[0], site.LastUpdatedTime);
        Assert.NotNull(Site.Page("index.html").QuerySelector($"link[rel=alternate][href='/reading-list/feed.xml']"));
    }

    [Fact]
    public void Sitemap_lists_every_html_page_and_robots_points_to_it()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Load(Path.Combine(Site.Output, "sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToHashSet();
        var pages = Site.HtmlFiles().Where(f => f != "404.html")
            .Select(f => BaseUrl + (f == "index.html" ? "" : f.EndsWith("/index.html") ? f[..^"index.html".Length] : f));
        Assert.Equal(pages.Order(), listed.Order());
        Assert.Contains($"Sitemap: {BaseUrl}sitemap.xml", File.ReadAllText(Path.Combine(Site.Output, "robots.txt")));
    }

    [Fact]
    public void With_a_path_only_base_url_there_are_no_feeds_and_the_build_says_why()
    {
        var site = SeedSite.UnderPath;
        Assert.True(site.Report.Succeeded);
        // `sitegen build` prints each note as "Note: ..." (CommandLineTests runs the real program).
        Assert.Contains(site.Report.Notes, n => n.StartsWith("No Atom feeds, sitemap or canonical URLs", StringComparison.Ordinal));
        Assert.False(site.Exists("feed.xml"));
        Assert.True(site.Exists("papers.bib"));
    }

    private SyndicationFeed Load(string relative)
    {
        using var reader = XmlReader.Create(Path.Combine(Site.Output, relative));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static string SlugOfArxiv(string arxiv) => SeedSite.Collection.Papers.Single(p => p.Arxiv == arxiv).Slug;

    private static string FirstAuthorSlug() => SeedSite.Collection.Authors[0].Slug;

    /// <summary>Runs bibtool on the files, writing nothing, and returns what it complained about.</summary>
    private static string Bibtool(params string[] args)
    {
        using var bibtool = Process.Start(new ProcessStartInfo("bibtool", [.. args, "-o", "/dev/null"]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var stdout = bibtool.StandardOutput.ReadToEndAsync();
        var stderr = bibtool.StandardError.ReadToEnd();
        bibtool.WaitForExit();
        _ = stdout.Result;
        Assert.Equal(0, bibtool.ExitCode);
        return string.Join('\n', stderr.Split('\n').Where(l => l.Contains("***")));
    }
}
