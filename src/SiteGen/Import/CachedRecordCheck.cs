using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Import;

/// <summary>
/// Part of <c>check</c>: an entry whose arXiv id or DOI has a cached record (<see cref="MetadataCache"/>) should agree
/// with it on title, first author and year; a difference is usually a typo or a mixed-up identifier. Reads only the cache.
/// </summary>
public static class CachedRecordCheck
{
    /// <summary>Warns (code <c>metadata</c>) at the entry's title, authors or date for each difference.</summary>
    public static void Check(ContentSet content, Collection collection, DiagnosticBag bag)
    {
        var cache = new MetadataCache(content.Root);
        if (!Directory.Exists(Path.Combine(content.Root, MetadataCache.Folder))) return;
        var entries = content.Papers.ToDictionary(e => e.Path, StringComparer.Ordinal);
        foreach (var paper in collection.Papers)
        {
            if (MetadataLookup.Cached(cache, paper.Arxiv, paper.Doi) is not { } record || !entries.TryGetValue(paper.SourcePath, out var entry)) continue;
            var source = paper.Arxiv is not null && record.Arxiv is not null ? $"arXiv {paper.Arxiv}" : $"DOI {paper.Doi}";
            void Warn(string key, string what, string theirs) =>
                bag.Warning(paper.SourcePath, entry.Fields.PositionOf(key), DiagnosticCode.Metadata,
                    $"{what} differs from the cached record of {source}: \"{theirs}\"; correct the entry, or the identifier if it names another paper");

            if (TextKey.Fold(paper.Title) != TextKey.Fold(record.Title))
                Warn("title", "the title", record.Title);
            if (paper.Authors.Length > 0 && record.Authors.Count > 0
                && Surname(collection.AuthorBySlug[paper.Authors[0]].Name) != Surname(record.Authors[0]))
                Warn("authors", "the first author", record.Authors[0]);
            if (paper.Date.Year != record.Date.Year)
                Warn("date", "the year", record.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string Surname(string name) => TextKey.Fold(name).Split(' ')[^1];
}
