namespace SiteGen.Import;

/// <summary>What arXiv, Crossref or DataCite says about a paper, in SiteGen's terms.</summary>
/// <param name="Authors">Display names (<c>First Last</c>), in order.</param>
/// <param name="Date">The publication date; for arXiv, the date of the first version.</param>
public sealed record PaperMetadata(string Title, IReadOnlyList<string> Authors, DateOnly Date)
{
    public string? Abstract { get; init; }
    public string? Venue { get; init; }
    /// <summary>The arXiv id without its version.</summary>
    public string? Arxiv { get; init; }
    public string? Doi { get; init; }
    public string? Pdf { get; init; }
    /// <summary>arXiv categories, the primary one first.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
}
