using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>
/// The paper entry's front matter: every key once, with what it holds, how it is read into a
/// <see cref="Paper"/>, and, by its place in <see cref="Keys"/>, the order in which new entries are written.
/// Known keys, <c>sitegen new paper</c>'s options, the importers and the entry writer all derive from it.
/// </summary>
public static class PaperSchema
{
    public static readonly ImmutableArray<PaperKey> Keys =
    [
        new("title", "the paper's title", Required: true),
        new("authors", "the authors in order, each a name (trailing marks such as * are this paper's) or {name, id} naming a profile; [] when unknown", Required: true),
        new("date", "the publication date, YYYY-MM-DD", Required: true),
        new("added", "when the paper joined the collection, YYYY-MM-DD (default: date)")
        {
            Read = (f, bag, p) => p with { Added = f.Date("added", bag) ?? p.Date },
        },
        new("venue", "the journal or conference", Option: true) { Read = (f, bag, p) => p with { Venue = f.Text("venue", bag, prose: true) } },
        new("arxiv", "the arXiv id, e.g. 2501.12345", Option: true) { Read = (f, bag, p) => p with { Arxiv = Identifiers.Arxiv(f, bag) } },
        new("doi", "the DOI, e.g. 10.1145/3295500.3356138", Option: true) { Read = (f, bag, p) => p with { Doi = Identifiers.Doi(f, bag) } },
        new("url", "the paper's page (https)", Option: true) { Read = (f, bag, p) => p with { Url = LinkField.Read(f, "url", bag) } },
        new("pdf", "a link to the PDF (https)", Option: true) { Read = (f, bag, p) => p with { Pdf = LinkField.Read(f, "pdf", bag) } },
        new("code", "a link to the code (https)", Option: true) { Read = (f, bag, p) => p with { Code = LinkField.Read(f, "code", bag) } },
        new("topics", "topic slugs, at least one", Required: true),
        new("abstract", "the abstract", Option: true) { Read = (f, bag, p) => p with { Abstract = f.Text("abstract", bag, prose: true) } },
        new("upvotes", "a count the collection tracks") { Read = (f, bag, p) => p with { Upvotes = f.Integer("upvotes", bag) } },
        new("image", "a picture for link previews: an https URL, or {src, width, height, alt}") { Read = (f, bag, p) => p with { Image = PreviewImageReader.Read(f, bag) } },
        new("bibtex", "the curator's own BibTeX record") { Read = (f, bag, p) => p with { Bibtex = f.Text("bibtex", bag) } },
        new("reading", "the reading group: status, discussed (dates), presenter, slides, why, takeaways") { Read = (f, bag, p) => p with { Reading = ReadingReader.Read(f, bag) } },
        new("relations", "typed links: extends, improves-on, contradicts, reproduces (paper slugs), survey-of (topic slugs)")
        {
            Read = (f, bag, p) => p with { Relations = RelationsReader.Read(f, bag) },
        },
    ];

    /// <summary>The key names, in write order.</summary>
    public static readonly ImmutableArray<string> Names = [.. Keys.Select(k => k.Name)];

    /// <summary>
    /// Fields in the order an entry is written: the schema's keys in their order, then any other keys
    /// (which themes may use) in the order given. Null values are kept for the writer to leave out.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, object?>> InWriteOrder(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        var given = fields.ToList();
        return given.OrderBy(f => Names.IndexOf(f.Key) is >= 0 and var i ? i : Names.Length);
    }
}
