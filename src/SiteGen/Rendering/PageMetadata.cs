using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Model;
using SiteGen.Paths;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// What reference managers and search engines read from a page's head: Google Scholar's
/// <c>citation_*</c> tags (which Zotero's connector also reads) and schema.org JSON-LD
/// (<c>ScholarlyArticle</c> for papers, <c>Person</c> for authors).
/// </summary>
internal static class PageMetadata
{
    // Escapes <, >, & and quotes as \uXXXX, so contributor text cannot close the script element.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static PageMetaView Paper(PageMetaView meta, Paper paper, Collection c, SiteUrls urls)
    {
        var tags = new List<MetaTagView> { new("name", "citation_title", paper.Title) };
        tags.AddRange(paper.Authors.Select(a => new MetaTagView("name", "citation_author", c.AuthorBySlug[a].Name)));
        tags.Add(new("name", "citation_publication_date", paper.Date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)));
        if (paper.Arxiv is { } arxiv) tags.Add(new("name", "citation_arxiv_id", arxiv));
        if (paper.Doi is { } doi) tags.Add(new("name", "citation_doi", doi));
        if (IdentifierLinks.Pdf(paper) is { } pdf) tags.Add(new("name", "citation_pdf_url", pdf));
        if (meta.CanonicalUrl is { } canonical) tags.Add(new("name", "citation_abstract_html_url", canonical));
        if (paper.Topics.Length > 0) tags.Add(new("name", "citation_keywords", string.Join("; ", paper.Topics.Select(t => c.TopicBySlug[t].Title))));

        var sameAs = new List<string>();
        if (paper.Arxiv is { } id) sameAs.Add(IdentifierLinks.ArxivAbstract(id));
        if (paper.Doi is { } d) sameAs.Add(IdentifierLinks.Doi(d));
        var article = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ScholarlyArticle",
            // The head holds each fact once: the abstract is on the page, topics are citation_keywords.
            ["headline"] = paper.Title,
            ["url"] = meta.CanonicalUrl ?? meta.Url,
            ["datePublished"] = paper.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["author"] = paper.Authors.Select(a => Person(c.AuthorBySlug[a], urls)).ToList(),
            ["sameAs"] = sameAs.Count > 0 ? sameAs : null,
            ["isPartOf"] = paper.Venue is { } venue ? new Dictionary<string, object?> { ["@type"] = "Periodical", ["name"] = venue } : null,
        };
        return meta with { Type = "article", Meta = tags, JsonLdHtml = Serialize(article), Image = paper.Image ?? meta.Image };
    }

    public static PageMetaView Author(PageMetaView meta, Author author, SiteUrls urls)
    {
        var person = Person(author, urls);
        person["@context"] = "https://schema.org";
        if (author.Affiliation is { } affiliation) person["affiliation"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = affiliation };
        if (author.Aliases.Length + author.FormerNames.Length > 0) person["alternateName"] = author.Aliases.Concat(author.FormerNames).ToList();
        return meta with { Type = "profile", JsonLdHtml = Serialize(person) };
    }

    // The person's own records elsewhere (ORCID, homepage) go in sameAs, on paper pages too, so readers can tell homonyms apart.
    private static Dictionary<string, object?> Person(Author author, SiteUrls urls)
    {
        var person = new Dictionary<string, object?>
        {
            ["@type"] = "Person",
            ["name"] = author.Name,
            ["url"] = urls.Absolute(urls.Author(author.Slug)) ?? urls.Author(author.Slug),
        };
        var sameAs = new[] { author.Orcid is { } orcid ? IdentifierLinks.Orcid(orcid) : null, author.Homepage }.OfType<string>().ToList();
        // Nested in a paper's authors too, where nulls are not dropped: add the key only with a value.
        if (sameAs.Count > 0) person["sameAs"] = sameAs;
        return person;
    }

    private static string Serialize(Dictionary<string, object?> value) =>
        JsonSerializer.Serialize(value.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value), Json);
}
