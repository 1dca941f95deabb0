using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using SiteGen.Model;

namespace SiteGen.Import;

/// <summary>
/// Reads an answer of the arXiv API (an Atom feed, <c>https://info.arxiv.org/help/api/user-manual.html</c>): the
/// entry's title, authors, <c>published</c> (the first version's date), summary, categories (primary first) and PDF link.
/// </summary>
public static class ArxivAtom
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Arxiv = "http://arxiv.org/schemas/atom";

    /// <returns>The paper, or null when the feed holds no paper: arXiv answers an unknown id with an empty feed or an error entry.</returns>
    public static PaperMetadata? Read(string xml)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(xml);
        }
        catch (XmlException)
        {
            return null;
        }
        var entry = doc.Root?.Element(Atom + "entry");
        var id = entry?.Element(Atom + "id")?.Value.Trim();
        if (entry is null || id is null || !id.Contains("/abs/", StringComparison.Ordinal)) return null;
        var title = Collapse(entry.Element(Atom + "title")?.Value);
        if (title.Length == 0 || !DateTimeOffset.TryParse(entry.Element(Atom + "published")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published))
            return null;

        var primary = entry.Element(Arxiv + "primary_category")?.Attribute("term")?.Value;
        var categories = entry.Elements(Atom + "category").Select(c => c.Attribute("term")?.Value).OfType<string>();
        return new PaperMetadata(
            title,
            [.. entry.Elements(Atom + "author").Select(a => Collapse(a.Element(Atom + "name")?.Value)).Where(n => n.Length > 0)],
            DateOnly.FromDateTime(published.UtcDateTime))
        {
            Abstract = Collapse(entry.Element(Atom + "summary")?.Value) is { Length: > 0 } summary ? summary : null,
            Arxiv = Identifiers.WithoutVersion(id[(id.IndexOf("/abs/", StringComparison.Ordinal) + 5)..]),
            Doi = entry.Element(Arxiv + "doi")?.Value.Trim(),
            Pdf = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("title") == "pdf")?.Attribute("href")?.Value is { } pdf
                ? pdf.Replace("http://", "https://", StringComparison.Ordinal) : null,
            Categories = [.. new[] { primary }.OfType<string>().Concat(categories).Distinct(StringComparer.Ordinal)],
        };
    }

    private static string Collapse(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
