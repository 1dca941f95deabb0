using System.Text;
using SiteGen.Bench;
using SiteGen.Search;

namespace SiteGen.Tests;

/// <summary>
/// Search checked against the real lunr.js 2.3.9 from npm, through the Node scripts in <c>tests/search</c>.
/// The C# side writes what it made; Node compares. (The search page in Chromium: <see cref="SearchPageBrowserTests"/>.)
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
        // Small shards (heads of 200 papers), so that common terms keep only their strongest papers in the shard and the rest in a tail.
        File.AppendAllText(Path.Combine(generated, "site.yml"), "search:\n  shard_postings: 160\n");
        var fixtures = new[]
        {
            SearchFolder.Prepare(SeedSite.AtRoot, SeedSite.Collection, temp.Combine("seed")),
            SearchFolder.PrepareSearchFiles(Path.Combine(Repo.Fixtures, "search", "tricky"), temp.Combine("tricky")),
            SearchFolder.PrepareSearchFiles(generated, temp.Combine("generated")),
        };
        NodeScript.Passes("lunr-equality.mjs", fixtures);
    }
}
