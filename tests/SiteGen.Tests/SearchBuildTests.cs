using System.Text.Json;

namespace SiteGen.Tests;

/// <summary>What the build makes for search, seen from the output: the page, its fallbacks and the index files.</summary>
public sealed class SearchBuildTests
{
    private const string Paper = "---\ntitle: Sparse Attention Kernels\nauthors: [Maja Gwóźdź]\ndate: 2024-05-01\ntopics: [language-models]\nabstract: Kernels for sparse attention.\n---\n";

    [Fact]
    public void Search_page_under_a_base_path_reads_its_own_manifest_and_points_to_the_indexes_without_javascript()
    {
        var site = SeedSite.UnderPath;
        var page = site.Page("search/index.html");
        var box = page.QuerySelector("[data-search]")!;
        var manifest = box.GetAttribute("data-manifest")!;
        Assert.Matches("^/reading-list/search/[0-9a-f]{12}/manifest\\.json$", manifest);
        Assert.True(site.Exists(manifest["/reading-list/".Length..]));
        Assert.Equal("/reading-list/search/", page.QuerySelector("form.search-form")!.GetAttribute("action"));

        var fallback = page.QuerySelector("noscript")!.InnerHtml;
        Assert.Contains("href=\"/reading-list/topics/\"", fallback);
        Assert.Contains("href=\"/reading-list/authors/\"", fallback);

        // Every other page has a search box that sends its query to the search page.
        var home = site.Page("index.html");
        Assert.Equal("/reading-list/search/", home.QuerySelector("form.header-search")!.GetAttribute("action"));
        Assert.Equal("q", home.QuerySelector("form.header-search input")!.GetAttribute("name"));
    }

    [Fact]
    public void Manifest_lists_every_paper_by_year_and_every_topic()
    {
        var site = SeedSite.AtRoot;
        var folder = Directory.GetDirectories(Path.Combine(site.Output, "search")).Single();
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(SeedData.Papers.Count, root.GetProperty("documents").GetInt32());
        var years = root.GetProperty("years").EnumerateArray().Select(y => (Year: y[0].GetInt32(), Count: y[2].GetInt32())).ToList();
        var dates = Directory.EnumerateFiles(Path.Combine(SeedSite.Content, "papers"), "*.md", SearchOption.AllDirectories)
            .Select(f => File.ReadLines(f).First(l => l.StartsWith("date: ", StringComparison.Ordinal)));
        var expected = dates.GroupBy(d => int.Parse(d[6..10], System.Globalization.CultureInfo.InvariantCulture))
            .OrderByDescending(g => g.Key).Select(g => (g.Key, g.Count())).ToList();
        Assert.Equal(expected, years);
        Assert.Equal(SeedSite.Collection.Topics.Length, root.GetProperty("topics").GetArrayLength());
        // The result store: every paper's row once, in files of `rows` rows (the last may hold fewer), block b at refs b * rows on.
        var perBlock = root.GetProperty("rows").GetInt32();
        var blocks = Directory.GetFiles(folder, "r*.json").Length;
        Assert.Equal((SeedData.Papers.Count + perBlock - 1) / perBlock, blocks);
        var titles = Enumerable.Range(0, blocks)
            .SelectMany(b => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, $"r{b}.json"))).RootElement.EnumerateArray())
            .Select(row => row[0].GetString()).ToList();
        Assert.Equal(SeedData.Papers.Select(p => p.Title).Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Index_folder_changes_with_the_content_and_only_then()
    {
        using var site = new InlineSite();
        site.Write("papers/sparse.md", Paper);
        string Folder()
        {
            using var built = site.Build();
            return Path.GetFileName(Directory.GetDirectories(Path.Combine(built.Output, "search")).Single());
        }
        var first = Folder();
        Assert.Equal(first, Folder());
        site.Write("papers/sparse.md", Paper.Replace("Kernels for sparse attention.", "Kernels for block-sparse attention."));
        Assert.NotEqual(first, Folder());
    }

    [Fact]
    public void Lunr_index_can_be_turned_off_and_the_search_page_still_works()
    {
        using var site = new InlineSite();
        site.Write("site.yml", "title: Inline site\nbase_url: /\nsearch:\n  lunr_index: false\n").Write("papers/sparse.md", Paper);
        using var built = site.Build();
        Assert.True(built.Report.Succeeded);
        Assert.False(built.Exists("search/lunr-index.json"));
        Assert.Single(Directory.GetFiles(Path.Combine(built.Output, "search"), "manifest.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_collection_over_five_thousand_papers_gets_no_lunr_index_unless_asked_and_the_build_says_so()
    {
        using var site = new InlineSite();
        for (var i = 0; i <= 5000; i++)
            site.Write($"papers/p{i}.md", $"---\ntitle: Paper {i}\nauthors: [Ada Lovelace]\ndate: 2025-01-01\ntopics: [language-models]\n---\n");
        using var built = site.Build("https://lab.example.org/");
        Assert.True(built.Report.Succeeded);
        Assert.False(built.Exists("search/lunr-index.json"));
        Assert.Contains(built.Report.Notes, n => n.Contains("search/lunr-index.json was not written: 5,001 papers") && n.Contains("lunr_index: true"));
        Assert.Single(Directory.GetFiles(Path.Combine(built.Output, "search"), "manifest.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void Bad_search_settings_are_reported_at_their_lines()
    {
        using var site = new InlineSite();
        site.Write("site.yml", "title: Inline site\nbase_url: /\nsearch:\n  boosts: {title: -1, summary: 2}\n  shard_postings: 5\n  lunr_index: maybe\n")
            .Write("papers/sparse.md", Paper);
        using var built = site.Build();
        var problems = built.Report.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.False(built.Report.Succeeded);
        Assert.Contains(problems, p => p.Contains("site.yml:4:") && p.Contains("the boost of 'title' must be a number above 0"));
        Assert.Contains(problems, p => p.Contains("site.yml:4:") && p.Contains("no field 'summary' to boost"));
        Assert.Contains(problems, p => p.Contains("site.yml:5:") && p.Contains("shard_postings must be at least 100"));
        Assert.Contains(problems, p => p.Contains("site.yml:6:") && p.Contains("'lunr_index' must be true or false"));
    }
}
