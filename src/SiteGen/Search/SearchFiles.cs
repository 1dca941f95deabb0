using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Paths;

namespace SiteGen.Search;

/// <summary>Everything search puts in the output, and the site path where the search page finds its manifest.</summary>
public sealed record SearchFiles(IReadOnlyList<PublishedFile> Files, string ManifestPath)
{
    /// <param name="previous">The previous build's analyses (<c>serve</c>), so that only changed texts are analysed.</param>
    public static SearchFiles Build(Collection c, SearchSettings settings, SearchAnalyses? previous = null)
    {
        var index = SearchIndex.Build(SearchDocuments.Of(c), settings.Boosts, previous);
        // The two writers only read the index, so they run side by side.
        var lunr = settings.WritesLunrIndex(c.Papers.Length) ? Task.Run(() => new PublishedFile(SitePaths.LunrIndex, LunrIndexWriter.Write(index))) : null;
        var (files, manifest) = ShardedIndexWriter.Write(index, c, settings.ShardPostings);
        if (lunr is not null) files.Add(lunr.Result);
        return new SearchFiles(files, manifest);
    }

    /// <summary>Says so when the lunr.js index was left out by default rather than by <c>lunr_index: false</c>.</summary>
    public static string? LunrIndexNote(Collection c, SearchSettings settings) =>
        settings.LunrIndex is null && !settings.WritesLunrIndex(c.Papers.Length)
            ? $"{SitePaths.FileFor(SitePaths.LunrIndex)} was not written: {c.Papers.Length:N0} papers is over {SearchSettings.LunrIndexMaxPapers:N0}, " +
              "where it grows too big for lunr.js in a browser (the search page does not use it). Set `search: {lunr_index: true}` in site.yml to write it anyway."
            : null;
}
