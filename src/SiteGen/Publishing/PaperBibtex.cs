using System.Collections.Concurrent;
using System.Collections.Frozen;
using SiteGen.Bibtex;
using SiteGen.Model;

namespace SiteGen.Publishing;

/// <summary>
/// Writes BibTeX for papers: the short record a paper page shows, and full records with abstract and
/// topics as keywords for the <c>.bib</c> files, which import back unchanged. A curator's own record
/// (the <c>bibtex</c> field, checked by <see cref="CuratorBibtex"/>) is the paper's record in both places.
/// Keys follow <c>surname + year + first title word</c>; papers sharing one get a, b, ... in the order
/// they were added, so adding a paper never renames the keys readers already cite. Keys of curated
/// records are taken first.
/// </summary>
internal sealed class PaperBibtex
{
    private static readonly HashSet<string> Skipped = ["a", "an", "the", "on", "of", "for", "towards", "toward"];
    private readonly FrozenDictionary<string, string> _keys;
    // Slugs of papers whose own record is used; decided once, as parsing a record is not free.
    private readonly FrozenSet<string> _curated;
    private readonly Collection _collection;
    // A paper's short record appears on its page and in its topics', authors' and paths' files: write each once.
    // (Full records go only into the collection's file: kept, they would hold every abstract twice at once.)
    private readonly ConcurrentDictionary<string, string> _short = new(StringComparer.Ordinal);
    private readonly PaperRecords? _records;

    /// <param name="records">The previous build's records (<c>serve</c>): started here for this collection and its keys; a paper's is written again only when it changed.</param>
    public PaperBibtex(Collection collection, PaperRecords? records = null)
    {
        _collection = collection;
        _records = records;
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var curated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var paper in collection.Papers)
        {
            if (paper.Bibtex is { } record && CuratorBibtex.KeyOf(record) is { } key && curated.Add(key))
                keys[paper.Slug] = key;
        }
        _curated = keys.Keys.ToFrozenSet(StringComparer.Ordinal);
        var inOrderAdded = collection.Papers.Where(p => !keys.ContainsKey(p.Slug)).OrderBy(p => p.Added).ThenBy(p => p.Slug, StringComparer.Ordinal);
        foreach (var group in inOrderAdded.GroupBy(BaseKey, StringComparer.Ordinal))
        {
            var suffix = 'a';
            foreach (var paper in group)
            {
                if (group.Count() == 1 && !curated.Contains(group.Key))
                {
                    keys[paper.Slug] = group.Key;
                    continue;
                }
                while (curated.Contains(group.Key + suffix)) suffix++;
                keys[paper.Slug] = group.Key + suffix++;
            }
        }
        _keys = keys.ToFrozenDictionary(StringComparer.Ordinal);
        records?.Begin(collection, paper => _keys[paper.Slug]);
    }

    /// <summary>The record a paper page shows: the curator's own, else a short generated one.</summary>
    public string Write(Paper paper) => _short.GetOrAdd(paper.Slug, _ => Kept(paper, full: false));

    /// <summary>
    /// Writes a whole <c>.bib</c> file: one record per paper, each followed by a blank line, and nothing else, since
    /// checkers such as bibtool warn about any text between records, comments included. <paramref name="full"/> records
    /// add the abstract and the topics as keywords; the others are the records pages show.
    /// </summary>
    public void WriteAll(IEnumerable<Paper> papers, bool full, TextWriter writer)
    {
        var first = true;
        foreach (var paper in papers)
        {
            if (!first) writer.Write('\n');
            writer.Write(full ? Kept(paper, full: true) : Write(paper));
            writer.Write('\n');
            first = false;
        }
    }

    // With serve's records, the kept one while the paper is unchanged.
    private string Kept(Paper paper, bool full) =>
        _records?.Get(paper, full ? "bibtex-full" : "bibtex", () => Curated(paper) ?? Record(paper, full)) ?? Curated(paper) ?? Record(paper, full);

    // Only a record that parses as one is used; a malformed one is an error at load, so never reaches a built site.
    private string? Curated(Paper paper) => _curated.Contains(paper.Slug) ? paper.Bibtex!.Trim() : null;

    private string Record(Paper paper, bool full)
    {
        var fields = new List<(string, string)> { ("title", "{" + BibtexFormat.Escape(paper.Title) + "}") };
        if (paper.Authors.Length > 0)
            fields.Add(("author", string.Join(" and ", paper.Authors.Select(a => AuthorName(_collection.AuthorBySlug[a].Name)))));
        fields.Add(("year", paper.Date.Year.ToString()));
        var isPreprint = paper.Venue is null;
        if (isPreprint && paper.Arxiv is { } id) fields.Add(("journal", $"arXiv preprint arXiv:{BibtexFormat.Escape(id)}"));
        else if (paper.Venue is { } venue) fields.Add(("booktitle", BibtexFormat.Escape(venue)));
        if (paper.Arxiv is { } arxiv)
        {
            fields.Add(("eprint", BibtexFormat.Escape(arxiv)));
            fields.Add(("archivePrefix", "arXiv"));
        }
        if (paper.Doi is { } doi) fields.Add(("doi", BibtexFormat.Verbatim(doi)));
        var url = paper.Url ?? (paper.Arxiv is { } a ? IdentifierLinks.ArxivAbstract(a) : null);
        if (url is not null) fields.Add(("url", url));
        if (full)
        {
            fields.Add(("keywords", string.Join(", ", paper.Topics)));
            if (paper.Abstract is { } abstractText) fields.Add(("abstract", BibtexFormat.Escape(abstractText)));
        }

        return BibtexFormat.Record(isPreprint ? "article" : "inproceedings", _keys[paper.Slug], fields);
    }

    // "Piet van der Berg Jr." written as is would make "Berg Jr." the surname.
    private static string AuthorName(string name) =>
        NameParts.Of(name) is { Suffix.Length: > 0 } parts ? BibtexFormat.Name(parts.Given, parts.Family, parts.Suffix) : BibtexFormat.Name(name);

    private string BaseKey(Paper paper)
    {
        var surname = paper.Authors.Length > 0 ? Slug.From(_collection.AuthorBySlug[paper.Authors[0]].Name).Split('-')[^1] : "anon";
        var word = Slug.From(paper.Title).Split('-').FirstOrDefault(w => !Skipped.Contains(w)) ?? "paper";
        return $"{surname}{paper.Date.Year}{word}";
    }
}
