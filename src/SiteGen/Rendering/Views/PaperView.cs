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
    /// <summary>The abstract as sanitised HTML paragraphs, its web addresses made links; empty without an abstract.</summary>
    public string AbstractHtml { get; init; } = "";
    /// <summary>The arXiv abstract page, the DOI resolver's page and the code repository; null for what the paper lacks.</summary>
    public string? ArxivUrl { get; init; }
    /// <inheritdoc cref="ArxivUrl"/>
    public string? DoiUrl { get; init; }
    /// <inheritdoc cref="ArxivUrl"/>
    public string? CodeUrl { get; init; }
    /// <summary>The code repository's address as shown: without <c>https://</c>, <c>www.</c> and a trailing slash (<c>github.com/lab/repo</c>).</summary>
    public string? CodeName { get; init; }
    /// <summary>The fields <c>site.yml</c>'s <c>paper_fields</c> asks for that this paper has, in that order.</summary>
    public IReadOnlyList<FactView> Fields { get; init; } = [];
    /// <summary>What the contribution marks of this paper's byline mean, in mark order; empty when it has none.</summary>
    public IReadOnlyList<MarkView> MarkLegend { get; init; } = [];
}
