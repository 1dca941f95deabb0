namespace SiteGen.Rendering.Views;

/// <summary>Everything a paper page shows. <see cref="NotesHtml"/> is sanitised HTML; all else is text.</summary>
public sealed record PaperView(
    PaperCardView Card,
    string Added,
    string? Abstract,
    string NotesHtml,
    IReadOnlyList<LinkView> Links,
    string? Arxiv,
    string? Doi,
    string Bibtex,
    IReadOnlyList<PaperCardView> Related,
    IReadOnlyDictionary<string, object?> Extra)
{
    /// <summary>What the contribution marks of this paper's byline mean, in mark order; empty when it has none.</summary>
    public IReadOnlyList<MarkView> MarkLegend { get; init; } = [];
}
