using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Paths;

namespace SiteGen.Search;

/// <summary>Everything search puts in the output, and the site path where the search page finds its manifest.</summary>
public sealed record SearchFiles(IReadOnlyList<PublishedFile> Files, string ManifestPath)
{
    // Past this a lunr.js user waits seconds for the download; the search page does not need the file.
    private const int LargeLunrIndexBytes = 50 << 20;

    public static SearchFiles Build(Collection c, SearchSettings settings)
    {
        var index = SearchIndex.Build(SearchDocuments.Of(c), settings.Boosts);
        // The two writers only read the index, so they run side by side.
        var lunr = settings.LunrIndex ? Task.Run(() => new PublishedFile(SitePaths.LunrIndex, LunrIndexWriter.Write(index))) : null;
        var (files, manifest) = ShardedIndexWriter.Write(index, c, settings.ShardPostings);
        if (lunr is not null) files.Add(lunr.Result);
        return new SearchFiles(files, manifest);
    }

    /// <summary>Advice when the lunr.js index has grown too big to be worth publishing.</summary>
    public string? LunrIndexNote() =>
        Files.FirstOrDefault(f => f.SitePath == SitePaths.LunrIndex) is { Bytes.Length: > LargeLunrIndexBytes } file
            ? $"{SitePaths.FileFor(SitePaths.LunrIndex)} is {file.Bytes.Length >> 20} MB, too big for lunr.js in a browser; the search page does not use it. " +
              "Set `search: {lunr_index: false}` in site.yml unless something else reads it."
            : null;
}
