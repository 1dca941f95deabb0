using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>
/// What makes two entries, or an entry and an imported record, the same paper: the same arXiv id
/// without its version (<c>2501.00001v2</c> is <c>2501.00001</c>), the same DOI ignoring case (DOIs are
/// case-insensitive), or the same title (folded by <see cref="TextKey.Fold"/>) when nothing tells the two
/// apart. The one definition that <c>check</c> and every importer use.
/// </summary>
/// <param name="Authors">Keys that identify each author (resolved people, or folded names), in any order.</param>
public sealed record PaperIdentity(string? Arxiv, string? Doi, string Title, int Year, ImmutableArray<string> Authors)
{
    /// <param name="arxiv">An arXiv id in the shape <see cref="Identifiers"/> accepts, or null.</param>
    /// <param name="doi">A bare DOI (no resolver, no <c>doi:</c>), or null.</param>
    public static PaperIdentity Of(string? arxiv, string? doi, string title, int year, IEnumerable<string> authors) =>
        new(arxiv is null ? null : Identifiers.WithoutVersion(arxiv), doi?.ToLowerInvariant(), TextKey.Fold(title), year, [.. authors]);

    /// <summary>A paper of a checked collection, its authors identified by their slugs' names folded.</summary>
    public static PaperIdentity Of(Paper paper, Collection collection) =>
        Of(paper.Arxiv, paper.Doi, paper.Title, paper.Date.Year,
            paper.Authors.Select(a => TextKey.Fold(collection.AuthorBySlug.TryGetValue(a, out var author) ? author.Name : a)));

    /// <summary>
    /// Why the two are one paper, as the end of a sentence ("has the same DOI"), or null when they are two.
    /// Different papers do share titles, so one title makes them one paper only when they share an author, or
    /// come from the same year with no differing arXiv id or DOI to tell them apart.
    /// </summary>
    public string? SamePaperAs(PaperIdentity other)
    {
        if (Arxiv is not null && Arxiv == other.Arxiv) return "has the same arXiv id";
        if (Doi is not null && Doi == other.Doi) return "has the same DOI";
        if (Title.Length == 0 || Title != other.Title) return null;
        if (Authors.Intersect(other.Authors, StringComparer.Ordinal).Any()) return "shares an author";
        return Year == other.Year && !HasDifferentIdentifier(other)
            ? "is from the same year, with no differing arXiv id or DOI to tell them apart"
            : null;
    }

    private bool HasDifferentIdentifier(PaperIdentity other) =>
        (Arxiv is not null && other.Arxiv is not null && Arxiv != other.Arxiv)
        || (Doi is not null && other.Doi is not null && Doi != other.Doi);
}
