using System.Collections.Frozen;
using System.Text;
using SiteGen.Model;

namespace SiteGen.Bibtex;

/// <summary>
/// Writes a BibTeX record for a paper that does not carry its own. Keys follow
/// <c>surname + year + first title word</c> and are made unique across the collection.
/// </summary>
internal sealed class BibtexWriter
{
    private static readonly HashSet<string> Skipped = ["a", "an", "the", "on", "of", "for", "towards", "toward"];
    private readonly FrozenDictionary<string, string> _keys;
    private readonly Collection _collection;

    public BibtexWriter(Collection collection)
    {
        _collection = collection;
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in collection.Papers.OrderBy(p => p.Slug, StringComparer.Ordinal).GroupBy(BaseKey, StringComparer.Ordinal))
        {
            var suffix = 'a';
            foreach (var paper in group)
                keys[paper.Slug] = group.Count() == 1 ? group.Key : group.Key + suffix++;
        }
        _keys = keys.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string Write(Paper paper)
    {
        if (paper.Bibtex is { } own) return own;

        var fields = new List<(string, string)> { ("title", "{" + Escape(paper.Title) + "}") };
        if (paper.Authors.Length > 0)
            fields.Add(("author", string.Join(" and ", paper.Authors.Select(a => Escape(_collection.AuthorBySlug[a].Name)))));
        fields.Add(("year", paper.Date.Year.ToString()));
        var isPreprint = paper.Venue is null;
        if (isPreprint && paper.Arxiv is { } id) fields.Add(("journal", $"arXiv preprint arXiv:{Escape(id)}"));
        else if (paper.Venue is { } venue) fields.Add(("booktitle", Escape(venue)));
        if (paper.Arxiv is { } arxiv)
        {
            fields.Add(("eprint", Escape(arxiv)));
            fields.Add(("archivePrefix", "arXiv"));
        }
        if (paper.Doi is { } doi) fields.Add(("doi", Escape(doi)));
        var url = paper.Url ?? (paper.Arxiv is { } a ? $"https://arxiv.org/abs/{a}" : null);
        if (url is not null) fields.Add(("url", url));

        var type = isPreprint ? "article" : "inproceedings";
        var sb = new StringBuilder().Append('@').Append(type).Append('{').Append(_keys[paper.Slug]).Append(",\n");
        foreach (var (name, value) in fields)
            sb.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        return sb.Append('}').ToString();
    }

    private string BaseKey(Paper paper)
    {
        var surname = paper.Authors.Length > 0 ? Slug.From(_collection.AuthorBySlug[paper.Authors[0]].Name).Split('-')[^1] : "anon";
        var word = Slug.From(paper.Title).Split('-').FirstOrDefault(w => !Skipped.Contains(w)) ?? "paper";
        return $"{surname}{paper.Date.Year}{word}";
    }

    // Characters that are commands in BibTeX; braces are escaped so a title cannot unbalance the record.
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '&' or '%' or '#' or '_' or '{' or '}' or '$') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
