namespace SiteGen.Model;

/// <summary>
/// The one place that turns identifiers (a paper's, an author's ORCID iD) into web addresses, so the page's buttons, its
/// <c>citation_*</c> tags and JSON-LD, and the BibTeX records all point at the same URL.
/// </summary>
public static class IdentifierLinks
{
    /// <summary>
    /// The arXiv abstract page, <c>https://arxiv.org/abs/2501.12345</c>; an old-style id keeps its slash
    /// (<c>https://arxiv.org/abs/hep-th/9901001</c>), which is how arXiv itself links it.
    /// </summary>
    public static string ArxivAbstract(string id) => "https://arxiv.org/abs/" + PathOf(id);

    /// <summary>The arXiv PDF, <c>https://arxiv.org/pdf/2501.12345</c>; old-style ids keep their slash.</summary>
    public static string ArxivPdf(string id) => "https://arxiv.org/pdf/" + PathOf(id);

    /// <summary>
    /// The DOI resolver's address, <c>https://doi.org/10.1145/3295500.3356138</c>: the DOI percent-encoded
    /// except its slashes, as the DOI handbook asks for characters such as <c>#</c>, <c>?</c> and <c>%</c>.
    /// </summary>
    public static string Doi(string doi) => "https://doi.org/" + PathOf(doi);

    /// <summary>An author's ORCID record, <c>https://orcid.org/0000-0002-1825-0097</c>, as ORCID asks iDs to be shown.</summary>
    public static string Orcid(string id) => "https://orcid.org/" + id;

    /// <summary>The paper's own PDF link, else its arXiv PDF, else null.</summary>
    public static string? Pdf(Paper paper) => paper.Pdf ?? (paper.Arxiv is { } id ? ArxivPdf(id) : null);

    // Each segment escaped on its own, so the slashes between them stay path separators.
    private static string PathOf(string value) => string.Join('/', value.Split('/').Select(Uri.EscapeDataString));
}
