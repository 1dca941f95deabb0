using System.Collections.Frozen;
using System.Globalization;
using SiteGen.Model;
using SiteGen.Paths;
using SiteGen.Rendering.Views;
using SiteGen.Text;

namespace SiteGen.Rendering;

/// <summary>
/// Turns the model into what templates see. Paper cards are built once and shared by every list,
/// so the cost of a list is a lookup per paper, not a re-render of its authors and topics.
/// </summary>
internal sealed class ViewBuilder
{
    private readonly Collection _collection;
    private readonly SiteUrls _urls;
    private readonly Func<Paper, string> _citation;
    private readonly RelatedPapers _related;
    private readonly FrozenDictionary<string, PaperCardView> _cards;
    private readonly FrozenDictionary<string, TopicView> _topics;
    private readonly FrozenSet<string> _sharedNames;

    public ViewBuilder(Collection collection, SiteUrls urls, RelatedPapers related, Func<Paper, string> citation)
    {
        _collection = collection;
        _related = related;
        _urls = urls;
        _citation = citation;
        _sharedNames = SharedNames();
        _cards = collection.Papers.ToFrozenDictionary(p => p.Slug, Card, StringComparer.Ordinal);
        // Topic views appear on the home page, the index and their own page: build each once.
        _topics = collection.Topics.ToFrozenDictionary(t => t.Slug, BuildTopic, StringComparer.Ordinal);
    }

    public SiteView Site() => new(
        _collection.Site.Title,
        _collection.Site.Description,
        _collection.Site.Language,
        _urls.Home,
        _urls.Papers,
        _urls.Topics,
        _urls.Authors,
        [
            new LinkView("Papers", _urls.Papers),
            new LinkView("Topics", _urls.Topics),
            new LinkView("Authors", _urls.Authors),
            .. _collection.HasReadingGroup ? [new LinkView("Reading group", _urls.Path(SitePaths.ReadingGroup))] : Array.Empty<LinkView>(),
            .. _collection.ReadingPaths.Length > 0 ? [new LinkView("Paths", _urls.Path(SitePaths.ReadingPaths))] : Array.Empty<LinkView>(),
            .. _collection.Pages.Select(p => new LinkView(p.Title, _urls.Page(p.Slug))),
        ],
        _collection.Papers.Length,
        _collection.Topics.Length,
        _collection.Authors.Length,
        _urls.Path(SitePaths.CollectionBib),
        _urls.IsAbsolute ? _urls.Path(SitePaths.Feed) : null,
        _urls.Search);

    public PaperCardView CardOf(Paper paper) => _cards[paper.Slug];

    public IReadOnlyList<PaperCardView> Cards(IEnumerable<Paper> papers) => [.. papers.Select(CardOf)];

    public IReadOnlyList<YearGroupView> ByYear(IEnumerable<Paper> papers) =>
    [
        .. papers.GroupBy(p => p.Date.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new YearGroupView(g.Key, Cards(g))),
    ];

    /// <summary>
    /// The year bar of a listing split into pages of <paramref name="perPage"/>: each year of publication, newest first,
    /// linking the year's heading on the page where the year starts (the heading's id is <c>year-YYYY</c>).
    /// </summary>
    public IReadOnlyList<LinkView> YearLinks(string first, IReadOnlyList<Paper> papers, int perPage)
    {
        var links = new List<LinkView>();
        var counts = papers.CountBy(p => p.Date.Year).ToDictionary();
        var pages = Listing.Split(papers, perPage);
        for (var i = 0; i < pages.Count; i++)
        {
            var url = _urls.Path(SitePaths.ListingPage(first, i + 1));
            foreach (var year in pages[i].Select(p => p.Date.Year).Distinct())
            {
                if (links.Count == 0 || links[^1].Name != year.ToString(CultureInfo.InvariantCulture))
                    links.Add(new LinkView(year.ToString(CultureInfo.InvariantCulture), $"{url}#year-{year}", counts[year]));
            }
        }
        return links;
    }

    public PaperView Paper(Paper paper) => new PaperView(
        CardOf(paper),
        Format(paper.Added),
        paper.Abstract,
        paper.Notes.Html(_urls.BasePath),
        Links(paper),
        paper.Arxiv,
        paper.Doi,
        _citation(paper),
        Cards(_related.Of(paper.Slug).Select(slug => _collection.PaperBySlug[slug])),
        paper.Extra)
    {
        AbstractHtml = paper.Abstract is { } text ? MarkdownReader.LinkedText(text) : "",
        ArxivUrl = paper.Arxiv is { } arxiv ? IdentifierLinks.ArxivAbstract(arxiv) : null,
        DoiUrl = paper.Doi is { } doi ? IdentifierLinks.Doi(doi) : null,
        CodeUrl = paper.Code,
        CodeName = paper.Code is { } code ? ShortUrl(code) : null,
        Fields = [.. _collection.Site.PaperFields.Select(f => Field(paper, f.Value)).OfType<FactView>()],
        MarkLegend = [.. _collection.MarkLegend
            .Where(m => paper.AuthorMarks.Values.Any(marks => marks.Contains(m.Key)))
            .Select(m => new MarkView(m.Key.ToString(), m.Value))],
    };

    // A field paper_fields asks for: upvotes, or a key outside the schema shown as text (a list joined by commas).
    private static FactView? Field(Paper paper, string name)
    {
        var value = name == "upvotes" ? paper.Upvotes?.ToString(CultureInfo.InvariantCulture) : paper.Extra.GetValueOrDefault(name) switch
        {
            string text => text,
            IEnumerable<object?> list when list.All(v => v is string) => string.Join(", ", list),
            _ => null,
        };
        return value is { Length: > 0 } ? new FactView(char.ToUpperInvariant(name[0]) + name[1..].Replace('_', ' '), value) : null;
    }

    private static string ShortUrl(string url)
    {
        var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..].TrimEnd('/');
        return rest.StartsWith("www.", StringComparison.Ordinal) ? rest[4..] : rest;
    }

    public TopicView Topic(Topic topic) => _topics[topic.Slug];

    /// <summary>Each top-level topic with its descendants, depth first; topics are in title order at every level, as the collection keeps them.</summary>
    public IReadOnlyList<TopicFamilyView> TopicFamilies() =>
    [
        .. _collection.Topics.Where(t => t.Parent is null)
            .Select(t => new TopicFamilyView(Topic(t), [.. Descendants(t.Slug, 1)])),
    ];

    private IEnumerable<SubtopicView> Descendants(string topic, int depth) =>
        _collection.ChildrenOf(topic).SelectMany(child => Descendants(child.Slug, depth + 1).Prepend(
            new SubtopicView(child.Title, _urls.Topic(child.Slug), _collection.PapersOfTopic(child.Slug).Length, depth)));

    private TopicView BuildTopic(Topic topic) => new(
        topic.Slug,
        topic.Title,
        _urls.Topic(topic.Slug),
        topic.Description,
        _collection.PapersOfTopic(topic.Slug).Length,
        topic.Parent is { } parent ? TopicLink(_collection.TopicBySlug[parent]) : null,
        [.. _collection.ChildrenOf(topic.Slug).Select(TopicLink)],
        topic.Body.Html(_urls.BasePath),
        _urls.Path(SitePaths.TopicBib(topic.Slug)),
        _urls.IsAbsolute ? _urls.Path(SitePaths.TopicFeed(topic.Slug)) : null);

    /// <summary>An author's page: their profile, the cards of <paramref name="shown"/> (one page of their papers), and co-authors from all of them.</summary>
    public AuthorView Author(Author author, IEnumerable<Paper> shown) => new AuthorView(
        author.Name,
        _urls.Author(author.Slug),
        author.Affiliation,
        author.Homepage,
        author.Bio.Html(_urls.BasePath),
        Cards(shown),
        // One paper's co-authors are its card's byline already: listed apart only from two papers on (a saving on most author pages).
        _collection.PapersOfAuthor(author.Slug).Length < 2 ? [] :
            [.. _collection.CoAuthorsOf(author.Slug).Select(c => new LinkView(c.Author.Name, _urls.Author(c.Author.Slug), c.Papers) { Member = c.Author.Member })],
        BibtexUrl(author))
    {
        Slug = author.Slug,
        Orcid = author.Orcid,
        OrcidUrl = author.Orcid is { } orcid ? IdentifierLinks.Orcid(orcid) : null,
        Aliases = author.Aliases,
        FormerNames = author.FormerNames,
        Member = author.Member,
    };

    /// <summary>The lab's members, by family name.</summary>
    public IReadOnlyList<LinkView> Members() => [.. _collection.Authors.Where(a => a.Member).Select(AuthorLink)];

    private string? BibtexUrl(Author author) =>
        _collection.PublishesAuthorBib(author) ? _urls.Path(SitePaths.AuthorBib(author.Slug)) : null;

    /// <summary>
    /// The author index, A to Z by family name, each author with their number of papers: in pages of at most
    /// <paramref name="perPage"/> authors grouped by first letter, and the letter bar, each letter linked to
    /// the page (and heading) where it starts.
    /// </summary>
    public (IReadOnlyList<IReadOnlyList<LetterGroupView>> Pages, IReadOnlyList<LinkView> Letters) AuthorIndex(int perPage)
    {
        var sorted = _collection.Authors
            .Select(a => (Letter: Letter(PersonName.SortKey(a.Name)), Author: a))
            .OrderBy(x => x.Letter == "#" ? "~" : x.Letter, StringComparer.Ordinal)
            .ToList();
        var pages = new List<IReadOnlyList<LetterGroupView>>();
        var letters = new List<LinkView>();
        foreach (var page in Listing.Split(sorted, perPage))
        {
            var url = _urls.Path(SitePaths.ListingPage(SitePaths.Authors, pages.Count + 1));
            var groups = new List<LetterGroupView>();
            foreach (var group in page.GroupBy(x => x.Letter))
            {
                if (letters.Count == 0 || letters[^1].Name != group.Key) letters.Add(new LinkView(group.Key, $"{url}#letter-{group.Key}"));
                groups.Add(new LetterGroupView(group.Key, [.. group.Select(x => AuthorLink(x.Author))]));
            }
            pages.Add(groups);
        }
        return (pages, letters);
    }

    // Homonyms are told apart in the index by affiliation: names that fold alike, shared by more than one person.
    private FrozenSet<string> SharedNames() =>
        _collection.Authors.GroupBy(a => PersonName.Key(a.Name), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToFrozenSet(StringComparer.Ordinal);

    public string Html(MarkdownText markdown) => markdown.Html(_urls.BasePath);

    private PaperCardView Card(Paper paper)
    {
        var (text, cut) = paper.Abstract is { } a ? CardAbstract.Of(a) : (null, false);
        return new(
            paper.Title,
            _urls.Paper(paper.Slug),
            [.. paper.Authors.Select((a, i) => new AuthorLinkView(_collection.AuthorBySlug[a].Name, _urls.Author(a), paper.AuthorMarks.GetValueOrDefault(a, ""), _collection.AuthorBySlug[a].Member, i + 1))],
            Format(paper.Date),
            paper.Date.Year,
            paper.Venue,
            [.. paper.Topics.Select(t => new LinkView(_collection.TopicBySlug[t].Title, _urls.Topic(t)))],
            paper.Upvotes,
            Actions(paper),
            text,
            cut);
    }

    // A card's links: the reading ones, then BibTeX, the paper page's Cite section (no per-paper .bib is published).
    private List<LinkView> Actions(Paper paper) =>
        [.. CardLinks.Select(label => OutsideLink(paper, label)).OfType<LinkView>(), new LinkView("BibTeX", _urls.Paper(paper.Slug) + "#cite")];

    private static readonly string[] PageLinks = ["arXiv", "PDF", "Code", "DOI", "Website"];
    private static readonly string[] CardLinks = ["PDF", "Code", "arXiv"];

    private static IReadOnlyList<LinkView> Links(Paper paper) => [.. PageLinks.Select(label => OutsideLink(paper, label)).OfType<LinkView>()];

    // Each link off the site a paper may have, by its label; null when the paper lacks it.
    private static LinkView? OutsideLink(Paper paper, string label) => label switch
    {
        "arXiv" => paper.Arxiv is { } id ? new(label, IdentifierLinks.ArxivAbstract(id)) : null,
        "PDF" => IdentifierLinks.Pdf(paper) is { } pdf ? new(label, pdf) : null,
        "Code" => paper.Code is { } code ? new(label, code) : null,
        "DOI" => paper.Doi is { } doi ? new(label, IdentifierLinks.Doi(doi)) : null,
        "Website" => paper.Url is { } url ? new(label, url) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "not a link a paper has"),
    };

    private LinkView TopicLink(Topic topic) =>
        new(topic.Title, _urls.Topic(topic.Slug), _collection.PapersOfTopic(topic.Slug).Length);

    /// <summary>A link to an author's page with their number of papers, and their affiliation where another person shares the name.</summary>
    public LinkView AuthorLink(Author author) =>
        new(author.Name, _urls.Author(author.Slug), _collection.PapersOfAuthor(author.Slug).Length)
        {
            Detail = _sharedNames.Contains(PersonName.Key(author.Name)) ? author.Affiliation ?? author.Slug : null,
            Member = author.Member,
        };

    private static string Letter(string sortKey) =>
        sortKey.Length > 0 && char.IsAsciiLetter(sortKey[0]) ? char.ToUpperInvariant(sortKey[0]).ToString() : "#";

    /// <summary>A day as pages show it: <c>4 Mar 2025</c>.</summary>
    internal static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
