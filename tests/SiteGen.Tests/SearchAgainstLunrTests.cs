using System.Text;
using System.Text.Json;
using SiteGen.Bench;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Search;

namespace SiteGen.Tests;

/// <summary>
/// Search checked against the real things: lunr.js 2.3.9 from npm and Debian's Chromium, through the
/// Node scripts in <c>tests/search</c>. The C# side writes what it made; Node compares.
/// </summary>
public sealed class SearchAgainstLunrTests
{
    private const string WordList = "/usr/share/dict/american-english";

    [Fact]
    public void Stemmer_trimmer_and_stop_words_equal_lunr_on_the_english_word_list()
    {
        Assert.True(File.Exists(WordList), $"{WordList} is missing: apt-get install wamerican (.ci/run does)");
        using var temp = new TempFolder();
        var words = File.ReadAllLines(WordList).Where(w => w.Length > 0).ToArray();
        var stems = new StringBuilder();
        foreach (var word in words)
        {
            var lower = SearchText.JsLowerCase(word);
            var stop = LunrAnalysis.StopWords.Contains(lower) ? "stop" : "";
            stems.Append(lower).Append('\t').Append(LunrStemmer.Stem(lower)).Append('\t').Append(stop).Append('\n');
        }
        var stemsFile = temp.Write("csharp-stems.tsv", stems.ToString());
        NodeScript.Passes("stemmer.mjs", WordList, stemsFile);
    }

    [Fact]
    public void Lunr_index_is_byte_identical_and_shards_rank_like_lunr_on_three_collections()
    {
        using var temp = new TempFolder();
        var generated = temp.Combine("generated-content");
        Directory.CreateDirectory(generated);
        SyntheticCollection.Write(generated, 1000);
        var fixtures = new[]
        {
            Prepare(SeedSite.AtRoot, SeedSite.Collection, temp.Combine("seed")),
            Prepare(Path.Combine(Repo.Fixtures, "search", "tricky"), temp.Combine("tricky")),
            Prepare(generated, temp.Combine("generated")),
        };
        NodeScript.Passes("lunr-equality.mjs", fixtures);
    }

    [Fact]
    public void Browser_searches_the_seed_site_under_a_base_path()
    {
        using var temp = new TempFolder();
        const string basePath = SeedSite.PathOnlyUrl;
        var seed = Prepare(SeedSite.UnderPath, SeedSite.Collection, temp.Combine("seed"));
        var tricky = Prepare(Path.Combine(Repo.Fixtures, "search", "tricky"), temp.Combine("tricky"), basePath);
        NodeScript.Passes("browser.mjs", seed, tricky, basePath);
    }

    /// <summary>
    /// Builds the site into <c>folder/site</c> and writes <c>folder/documents.json</c>: each paper's raw
    /// field texts and the boosts, which the Node side normalises with search-core.js and gives to lunr.js.
    /// </summary>
    private static string Prepare(string content, string folder, string? baseUrl = null)
    {
        var report = SiteBuilder.Build(new BuildOptions(content, Repo.Theme, Path.Combine(folder, "site"), baseUrl));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        WriteDocuments(SiteBuilder.Load(content, new DiagnosticBag(), out _)!, folder);
        return folder;
    }

    /// <summary>As above for a site already built: <c>folder/site</c> links to its output, which the Node side only reads.</summary>
    private static string Prepare(BuiltSite site, Collection collection, string folder)
    {
        Directory.CreateDirectory(folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "site"), site.Output);
        WriteDocuments(collection, folder);
        return folder;
    }

    private static void WriteDocuments(Collection collection, string folder)
    {
        var documents = new
        {
            fields = SearchDocuments.FieldNames,
            boosts = collection.Site.Search.Boosts,
            documents = SearchDocuments.Of(collection).Select(d => new { @ref = d.Ref, slug = d.Paper.Slug, fields = d.Fields, topics = d.Paper.Topics }),
            topics = collection.Topics.Select(t => new { slug = t.Slug, title = t.Title, parent = t.Parent }),
        };
        File.WriteAllText(Path.Combine(folder, "documents.json"), JsonSerializer.Serialize(documents));
    }
}
