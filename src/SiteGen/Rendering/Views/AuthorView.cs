namespace SiteGen.Rendering.Views;

/// <summary>
/// An author page: profile, papers and co-authors. <see cref="BioHtml"/> is sanitised HTML; <see cref="BibtexUrl"/>
/// is null unless the site publishes the author's own .bib file (members, and authors with more than a page of papers);
/// the theme then gathers the records of the listed papers in the browser (assets/bibtex-download.js).
/// </summary>
public sealed record AuthorView(
    string Name,
    string Url,
    string? Affiliation,
    string? Homepage,
    string BioHtml,
    IReadOnlyList<PaperCardView> Papers,
    IReadOnlyList<LinkView> CoAuthors,
    string? BibtexUrl)
{
    /// <summary>The bare ORCID iD, and its link in <see cref="OrcidUrl"/>; null without one.</summary>
    public string? Orcid { get; init; }
    public string? OrcidUrl { get; init; }
    /// <summary>Other spellings of the name the profile declares.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Names the person published under before.</summary>
    public IReadOnlyList<string> FormerNames { get; init; } = [];
    /// <summary>Whether the person is a member of the lab.</summary>
    public bool Member { get; init; }
    /// <summary>The author's slug, the last segment of <see cref="Url"/> (a name for files made from the page).</summary>
    public string Slug { get; init; } = "";
}
