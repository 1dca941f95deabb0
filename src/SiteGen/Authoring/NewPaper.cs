namespace SiteGen.Authoring;

/// <summary>What a contributor knows about a paper they want to add; only title, authors, topics and date are required.</summary>
public sealed record NewPaper(string Title, IReadOnlyList<string> Authors, IReadOnlyList<string> Topics, DateOnly Date)
{
    /// <summary>The file name; by default made from the title.</summary>
    public string? Slug { get; init; }
    public string? Venue { get; init; }
    public string? Arxiv { get; init; }
    public string? Doi { get; init; }
    public string? Url { get; init; }
    public string? Pdf { get; init; }
    public string? Code { get; init; }
    public string? Abstract { get; init; }
}
