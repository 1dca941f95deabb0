using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>Everything search puts in the output, and where the search page finds its manifest.</summary>
public sealed record SearchFiles(IReadOnlyList<OutputFile> Files, string ManifestPath)
{
    public const string LunrIndexPath = "search/lunr-index.json";

    public static SearchFiles Build(Collection c)
    {
        var settings = c.Site.Search;
        var index = SearchIndex.Build(SearchDocuments.Of(c), settings.Boosts);
        var (files, manifest) = ShardedIndexWriter.Write(index, c, settings.ShardPostings);
        if (settings.LunrIndex) files.Add(new OutputFile(LunrIndexPath, LunrIndexWriter.Write(index)));
        return new SearchFiles(files, manifest);
    }
}
