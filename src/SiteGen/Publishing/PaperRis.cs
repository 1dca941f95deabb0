using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Publishing;

/// <summary>
/// The collection as RIS (the tagged format of EndNote, Zotero, Mendeley: <c>TAG  - value</c> lines, a record from
/// <c>TY</c> to <c>ER</c>). A paper with a venue is a conference paper (<c>CPAPER</c>), a preprint a journal article
/// (<c>JOUR</c>), as in the BibTeX files. Line breaks in values are flattened, since a line is a tag.
/// </summary>
internal static class PaperRis
{
    /// <summary>Writes one record per paper, in the collection's order, records separated by a blank line; CRLF-free.</summary>
    /// <param name="records">The previous build's records (<c>serve</c>), started by <see cref="PaperBibtex"/>: only changed papers are written again.</param>
    public static void WriteAll(Collection c, TextWriter writer, PaperRecords? records = null)
    {
        foreach (var paper in c.Papers)
        {
            if (records is null)
            {
                Write(c, paper, writer);
                continue;
            }
            writer.Write(records.Get(paper, "ris", () =>
            {
                using var record = new StringWriter();
                Write(c, paper, record);
                return record.ToString();
            }));
        }
    }

    private static void Write(Collection c, Paper paper, TextWriter sb)
    {
        void Tag(string tag, string? value)
        {
            if (value is not { Length: > 0 }) return;
            sb.Write(tag);
            sb.Write("  - ");
            sb.Write(OneLine(value));
            sb.Write('\n');
        }
        Tag("TY", paper.Venue is null ? "JOUR" : "CPAPER");
        Tag("ID", paper.Slug);
        Tag("TI", paper.Title);
        foreach (var slug in paper.Authors)
        {
            var name = NameParts.Of(c.AuthorBySlug[slug].Name);
            Tag("AU", name.Given.Length == 0 ? name.Family : $"{name.Family}, {name.Given}{(name.Suffix.Length > 0 ? ", " + name.Suffix : "")}");
        }
        Tag("PY", paper.Date.Year.ToString(CultureInfo.InvariantCulture));
        Tag("DA", paper.Date.ToString("yyyy/MM/dd/", CultureInfo.InvariantCulture));
        Tag("T2", paper.Venue);
        Tag("DO", paper.Doi);
        Tag("UR", paper.Url ?? (paper.Arxiv is { } a ? IdentifierLinks.ArxivAbstract(a) : null));
        Tag("L1", IdentifierLinks.Pdf(paper));
        if (paper.Arxiv is { } arxiv) Tag("AN", "arXiv:" + arxiv);
        Tag("AB", paper.Abstract);
        foreach (var topic in paper.Topics) Tag("KW", topic);
        sb.Write("ER  - \n\n");
    }

    private static string OneLine(string value) => string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
