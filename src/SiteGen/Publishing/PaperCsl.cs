using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Model;

namespace SiteGen.Publishing;

/// <summary>
/// The collection as CSL-JSON (an array of Citation Style Language items, the input of citeproc processors and
/// pandoc, read by Zotero): <c>id</c> is the slug, <c>type</c> <c>paper-conference</c> with a venue else <c>article</c>
/// (a preprint), names as <c>family</c>/<c>given</c>, <c>issued</c> as date parts, the arXiv id in <c>note</c>
/// (<c>arXiv:2501.00042</c>), topics as <c>keyword</c>.
/// </summary>
internal static class PaperCsl
{
    // Text is data here, not HTML: only what JSON needs is escaped, so "&" stays "&" for every reader. One item a line,
    // not indented: indentation was a quarter of the file's bytes (issue 12's output budget), and a line per paper
    // still diffs and greps.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes the items as UTF-8 JSON without a byte order mark, papers in the collection's order: <c>[</c>, then each
    /// item on a line of its own, the lines joined by <c>,</c>, then <c>]</c> and a line break.
    /// </summary>
    /// <param name="records">The previous build's records (<c>serve</c>), started by <see cref="PaperBibtex"/>: only changed papers are written again.</param>
    public static void WriteAll(Collection c, Stream stream, PaperRecords? records = null)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        stream.WriteByte((byte)'[');
        for (var i = 0; i < c.Papers.Length; i++)
        {
            stream.Write(i == 0 ? "\n"u8 : ",\n"u8);
            var paper = c.Papers[i];
            if (records is not null)
            {
                stream.Write(records.Get(paper, "csl", () => Item(c, paper)));
                continue;
            }
            json.Reset();
            Write(json, c, paper);
            json.Flush();
        }
        stream.Write(c.Papers.IsEmpty ? "]\n"u8 : "\n]\n"u8);
    }

    private static byte[] Item(Collection c, Paper paper)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options)) Write(json, c, paper);
        return stream.ToArray();
    }

    private static void Write(Utf8JsonWriter json, Collection c, Paper paper)
    {
        json.WriteStartObject();
        json.WriteString("id", paper.Slug);
        json.WriteString("type", paper.Venue is null ? "article" : "paper-conference");
        json.WriteString("title", paper.Title);
        json.WriteStartArray("author");
        foreach (var slug in paper.Authors)
        {
            var name = NameParts.Of(c.AuthorBySlug[slug].Name);
            json.WriteStartObject();
            json.WriteString("family", name.Family);
            if (name.Given.Length > 0) json.WriteString("given", name.Given);
            if (name.Suffix.Length > 0) json.WriteString("suffix", name.Suffix);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("issued");
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(paper.Date.Year);
        json.WriteNumberValue(paper.Date.Month);
        json.WriteNumberValue(paper.Date.Day);
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
        void Text(string name, string? value)
        {
            if (value is not null) json.WriteString(name, value);
        }
        Text("container-title", paper.Venue);
        Text("DOI", paper.Doi);
        Text("URL", paper.Url ?? (paper.Arxiv is { } a ? IdentifierLinks.ArxivAbstract(a) : null));
        // CSL has no arXiv variable; "arXiv:ID" in the note is how Zotero and citation-js carry it.
        if (paper.Arxiv is { } arxiv) json.WriteString("note", "arXiv:" + arxiv);
        Text("abstract", paper.Abstract);
        if (paper.Topics.Length > 0) json.WriteString("keyword", string.Join(", ", paper.Topics));
        json.WriteEndObject();
    }
}
