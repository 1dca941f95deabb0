using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Search;

/// <summary>
/// One paper as search sees it: its short ref (its position in <see cref="SearchDocuments.Of"/>), the text
/// of each indexed field, and what a result shows.
/// </summary>
public sealed record SearchDocument(string Ref, Paper Paper, IReadOnlyList<string> Fields, IReadOnlyList<string> AuthorNames, string Snippet);

public static class SearchDocuments
{
    /// <summary>The indexed fields in lunr's declared order; the field mask of a posting uses these positions.</summary>
    public static readonly IReadOnlyList<string> FieldNames = [.. SearchSettings.DefaultBoosts.Select(b => b.Field)];

    // Long enough to hold the match of most abstracts, around which the page cuts its two or three lines;
    // short enough that a page of ten results stays a few kilobytes.
    private const int SnippetLength = 700;

    /// <summary>
    /// Every paper, newest publication first (so each year is one run of refs), with refs
    /// <c>"0"</c>, <c>"1"</c>, ...: short refs keep lunr's index small, and refs that count up in insertion
    /// order serialise in the same order in JavaScript objects as they were added.
    /// </summary>
    public static IReadOnlyList<SearchDocument> Of(Collection c)
    {
        var aliases = Aliases(c);
        return
        [
            .. c.NewestPublishedFirst
                .AsParallel().AsOrdered()
                .Select((paper, i) => Document(c, paper, i, aliases)),
        ];
    }

    /// <summary>
    /// Each author's declared other names, from a profile's <c>aliases</c> and from <c>author_aliases</c> in site.yml
    /// (matched to the author as the model matches names), by author slug, in declaration order.
    /// </summary>
    private static Dictionary<string, List<string>> Aliases(Collection c)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in c.Authors) byKey.TryAdd(PersonName.Key(a.Name), a.Slug);
        var aliases = c.Authors.ToDictionary(a => a.Slug, a => a.Aliases.ToList(), StringComparer.Ordinal);
        foreach (var (alias, name) in c.Site.AuthorAliases)
        {
            if (byKey.TryGetValue(PersonName.Key(name), out var slug) && !aliases[slug].Contains(alias, StringComparer.Ordinal)) aliases[slug].Add(alias);
        }
        return aliases;
    }

    private static SearchDocument Document(Collection c, Paper paper, int position, Dictionary<string, List<string>> aliases)
    {
        var authors = paper.Authors.Select(slug => c.AuthorBySlug.TryGetValue(slug, out var a) ? a.Name : slug).ToList();
        // Aliases are searched in the authors field (after the names, so a name keeps its place) but not shown.
        var authorsText = string.Join(", ", authors.Concat(paper.Authors.SelectMany(slug => aliases.GetValueOrDefault(slug) ?? [])));
        var topics = paper.Topics.Select(slug => c.TopicBySlug.TryGetValue(slug, out var t) ? t.Title : slug);
        var notes = paper.Notes.PlainText;
        string[] fields = [paper.Title, authorsText, string.Join(", ", topics), paper.Venue ?? "", paper.Abstract ?? "", notes];
        return new SearchDocument(position.ToString(System.Globalization.CultureInfo.InvariantCulture), paper, fields, authors,
            Snippet(paper.Abstract is { Length: > 0 } a ? a : notes));
    }

    /// <summary>The start of the text, whitespace collapsed, cut at a word boundary.</summary>
    private static string Snippet(string text)
    {
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= SnippetLength) return flat;
        var cut = flat.LastIndexOf(' ', SnippetLength);
        return flat[..(cut > SnippetLength / 2 ? cut : SnippetLength)] + "…";
    }
}
