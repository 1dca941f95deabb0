using System.Diagnostics;
using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Paths;
using SiteGen.Search;

namespace SiteGen.Bench;

/// <summary>
/// <c>search &lt;papers&gt; &lt;folder&gt;</c>: generates a collection, times the C# build of both search
/// indexes (after loading, which the build benchmark measures), and writes the files into
/// <c>folder/site/search/</c> for <c>bench/search-bench.mjs</c>, which measures what a browser downloads.
/// </summary>
internal static class SearchBench
{
    public static int Run(int papers, string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var content = Path.Combine(folder, "content");
        Directory.CreateDirectory(content);
        SyntheticCollection.Write(content, papers);

        var bag = new DiagnosticBag();
        var collection = SiteBuilder.Load(content, bag, out _);
        if (collection is null || bag.HasErrors)
        {
            foreach (var d in bag.Sorted().Take(10)) Console.Error.WriteLine(d);
            return 1;
        }

        var settings = collection.Site.Search;
        SearchFiles.Build(collection, settings);  // warm-up: JIT and the stemmer's cache are not what we measure
        var clock = Stopwatch.StartNew();
        var sharded = SearchFiles.Build(collection, settings with { LunrIndex = false });
        var shardedSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var both = SearchFiles.Build(collection, settings with { LunrIndex = true });
        var bothSeconds = clock.Elapsed.TotalSeconds;
        var lunrBytes = both.Files.Where(f => f.SitePath == SitePaths.LunrIndex).Sum(f => (long)f.Bytes.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"papers={papers} build_both_s={bothSeconds:0.00} build_sharded_only_s={shardedSeconds:0.00} " +
            $"sharded_files={sharded.Files.Count} sharded_bytes={sharded.Files.Sum(f => (long)f.Bytes.Length)} lunr_index_bytes={lunrBytes}"));

        foreach (var file in sharded.Files)
        {
            var path = Path.Combine(folder, "site", file.OutputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
        return 0;
    }
}
