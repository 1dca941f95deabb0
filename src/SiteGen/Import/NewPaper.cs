namespace SiteGen.Import;

/// <summary>What a contributor knows about a paper they want to add; only title, authors, topics and date are required.</summary>
public sealed record NewPaper(string Title, IReadOnlyList<string> Authors, IReadOnlyList<string> Topics, DateOnly Date)
{
    /// <summary>The file name; by default made from the title.</summary>
    public string? Slug { get; init; }

    /// <summary>Other front-matter keys by their <see cref="Model.PaperSchema"/> name (<c>venue</c>, <c>arxiv</c>...), as typed.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
}
