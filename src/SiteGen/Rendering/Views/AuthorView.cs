namespace SiteGen.Rendering.Views;

/// <summary>
/// An author page: profile, papers and co-authors. <see cref="BioHtml"/> is sanitised HTML; <see cref="BibtexUrl"/>
/// is null when the author has one paper, whose page shows its record.
/// </summary>
public sealed record AuthorView(
    string Name,
    string Url,
    string? Affiliation,
    string? Homepage,
    string BioHtml,
    IReadOnlyList<PaperCardView> Papers,
    IReadOnlyList<LinkView> CoAuthors,
    string? BibtexUrl);
