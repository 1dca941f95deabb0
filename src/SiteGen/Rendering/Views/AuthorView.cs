namespace SiteGen.Rendering.Views;

/// <summary>An author page: profile, papers and co-authors. <see cref="BioHtml"/> is sanitised HTML.</summary>
public sealed record AuthorView(
    string Name,
    string Url,
    string? Affiliation,
    string? Homepage,
    string BioHtml,
    IReadOnlyList<PaperCardView> Papers,
    IReadOnlyList<LinkView> CoAuthors,
    string BibtexUrl);
