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
    /// <summary>The reading group and this paper; null when it has no <c>reading:</c>.</summary>
    public ReadingView? Reading { get; init; }
    /// <summary>What this paper says it extends, improves on, contradicts, reproduces or surveys, by kind.</summary>
    public IReadOnlyList<RelationGroupView> Relations { get; init; } = [];
    /// <summary>The other end: papers here that say so of this one, by kind.</summary>
    public IReadOnlyList<RelationGroupView> ReverseRelations { get; init; } = [];
    /// <summary>The reading paths this paper is a step of, by path title.</summary>
    public IReadOnlyList<PathPlaceView> PathPlaces { get; init; } = [];
    /// <summary>What the contribution marks of this paper's byline mean, in mark order; empty when it has none.</summary>
    public IReadOnlyList<MarkView> MarkLegend { get; init; } = [];
}
