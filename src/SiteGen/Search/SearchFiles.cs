using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>Everything search puts in the output, and where the search page finds its manifest.</summary>
public sealed record SearchFiles(IReadOnlyList<OutputFile> Files, string ManifestPath)
{
    public const string LunrIndexPath = "search/lunr-index.json";

    public static SearchFiles Build(Collection c, SearchSettings settings)
    {
        var index = SearchIndex.Build(SearchDocuments.Of(c), settings.Boosts);
        // The two writers only read the index, so they run side by side.
        var lunr = settings.LunrIndex ? Task.Run(() => new OutputFile(LunrIndexPath, LunrIndexWriter.Write(index))) : null;
        var (files, manifest) = ShardedIndexWriter.Write(index, c, settings.ShardPostings);
        if (lunr is not null) files.Add(lunr.Result);
        return new SearchFiles(files, manifest);
    }
}
