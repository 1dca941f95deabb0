using System.Collections.Frozen;
using System.Collections.Immutable;
using SiteGen.Content;

namespace SiteGen.Model;

/// <summary>
/// The checked, immutable collection: papers, topics, authors and free pages with their
/// cross-references. Everything after loading reads this, never the content folder.
/// </summary>
public sealed class Collection
{
    private readonly FrozenDictionary<string, ImmutableArray<Paper>> _papersByTopic;
    private readonly FrozenDictionary<string, ImmutableArray<Paper>> _addedToTopic;
    private readonly FrozenDictionary<string, ImmutableArray<Paper>> _papersByAuthor;
    private readonly FrozenDictionary<string, ImmutableArray<Topic>> _children;
    // Each author's place in Authors (A to Z by family name), computed once: sorting co-authors by it
    // instead of by name keys made co-author lists a tenth of the time spent on pages at 10,000 papers.
    private readonly FrozenDictionary<string, int> _authorRank;
    private readonly FrozenDictionary<string, ImmutableArray<(RelationKind Kind, Paper From)>> _relationsTo;
    private readonly FrozenDictionary<string, ImmutableArray<(ReadingPath Path, int Step)>> _stepsOf;

    internal Collection(
        SiteSettings site,
        ImmutableArray<Paper> papers,
        ImmutableArray<Topic> topics,
        ImmutableArray<Author> authors,
        ImmutableArray<FreePage> pages,
        ImmutableArray<ReadingPath> readingPaths = default)
    {
        Site = site;
        // Newest additions first; the slug breaks ties so the order never depends on file order.
        Papers = [.. papers.OrderByDescending(p => p.Added).ThenByDescending(p => p.Date).ThenBy(p => p.Slug, StringComparer.Ordinal)];
        Topics = [.. topics.OrderBy(t => t.Title, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal)];
        Authors = [.. authors.OrderBy(a => PersonName.SortKey(a.Name), StringComparer.Ordinal).ThenBy(a => a.Slug, StringComparer.Ordinal)];
        Pages = [.. pages.OrderBy(p => p.Slug, StringComparer.Ordinal)];

        PaperBySlug = Papers.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);
        TopicBySlug = Topics.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);
        AuthorBySlug = Authors.ToFrozenDictionary(a => a.Slug, StringComparer.Ordinal);
        _authorRank = Authors.Select((a, rank) => (a.Slug, rank)).ToFrozenDictionary(a => a.Slug, a => a.rank, StringComparer.Ordinal);

        _children = Topics
            .Where(t => t.Parent is not null)
            .GroupBy(t => t.Parent!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);

        NewestPublishedFirst = [.. Papers
            .OrderByDescending(p => p.Date)
            .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)];
        _papersByTopic = ByTopic(NewestPublishedFirst);
        _addedToTopic = ByTopic(Papers);
        _papersByAuthor = NewestPublishedFirst
            .SelectMany(p => p.Authors.Distinct().Select(a => (Author: a, Paper: p)))
            .GroupBy(x => x.Author, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Paper).ToImmutableArray(), StringComparer.Ordinal);

        Meetings = [.. Papers
            .SelectMany(p => (p.Reading?.Discussed ?? []).Select(day => new Meeting(day, p)))
            .OrderBy(m => m.Date)
            .ThenBy(m => m.Paper.Slug, StringComparer.Ordinal)];
        HasReadingGroup = Papers.Any(p => p.Reading is not null);
        ReadingPaths = [.. (readingPaths.IsDefault ? [] : readingPaths).OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Slug, StringComparer.Ordinal)];
        _stepsOf = ReadingPaths
            .SelectMany(path => path.Steps.Select((step, i) => (step.Paper, Step: (path, i + 1))))
            .GroupBy(s => s.Paper, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(s => s.Step).ToImmutableArray(), StringComparer.Ordinal);
        _relationsTo = NewestPublishedFirst
            .SelectMany(p => p.Relations.Select(r => (r.Target, r.Kind, From: p)))
            .GroupBy(r => r.Target, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => (r.Kind, r.From)).ToImmutableArray(), StringComparer.Ordinal);
    }

    public SiteSettings Site { get; }
    /// <summary>All papers by publication date, newest first (title, then slug, break ties): the order of topic and author pages.</summary>
    public ImmutableArray<Paper> NewestPublishedFirst { get; }
    /// <summary>All papers, newest additions first.</summary>
    public ImmutableArray<Paper> Papers { get; }
    /// <summary>All topics, by title.</summary>
    public ImmutableArray<Topic> Topics { get; }
    /// <summary>All authors, by family name.</summary>
    public ImmutableArray<Author> Authors { get; }
    public ImmutableArray<FreePage> Pages { get; }
    public FrozenDictionary<string, Paper> PaperBySlug { get; }
    public FrozenDictionary<string, Topic> TopicBySlug { get; }
    public FrozenDictionary<string, Author> AuthorBySlug { get; }

    /// <summary>
    /// Author page slugs no page has any more, because an alias merged two people or an <c>id</c> split one
    /// (<c>y-lecun</c>), each with the slugs of the people it may mean now: one after a merge, several after a split.
    /// </summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> FormerAuthorSlugs { get; init; } = ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>What each contribution mark means, in the order of <see cref="ContributionMarks.Symbols"/>.</summary>
    public ImmutableSortedDictionary<char, string> MarkLegend { get; init; } = ImmutableSortedDictionary<char, string>.Empty;

    /// <summary>The site's picture for link previews (<c>image:</c> of <c>site.yml</c>, checked); null without one.</summary>
    public PreviewImage? Image { get; init; }

    /// <summary>Papers of a topic and of all its descendant topics, newest publication first.</summary>
    public ImmutableArray<Paper> PapersOfTopic(string topic) =>
        _papersByTopic.TryGetValue(topic, out var papers) ? papers : [];

    /// <summary>Papers of a topic and of all its descendant topics, newest additions first (the order of <see cref="Papers"/>).</summary>
    public ImmutableArray<Paper> AddedToTopic(string topic) =>
        _addedToTopic.TryGetValue(topic, out var papers) ? papers : [];

    /// <summary>Papers an author wrote, newest publication first.</summary>
    public ImmutableArray<Paper> PapersOfAuthor(string author) =>
        _papersByAuthor.TryGetValue(author, out var papers) ? papers : [];

    /// <summary>
    /// Whether the author gets a <c>.bib</c> file of their own: lab members, and authors whose papers fill more than
    /// one page. For everyone else the author page's BibTeX button gathers the records of the papers it shows, so
    /// a large collection does not carry a file per author (12,674 of 50,915 files at 10,000 papers).
    /// </summary>
    public bool PublishesAuthorBib(Author author) =>
        author.Member || PapersOfAuthor(author.Slug).Length > Site.PapersPerPage;

    /// <summary>Whether some paper has <c>reading:</c>, so the site publishes the reading group's page and calendar.</summary>
    public bool HasReadingGroup { get; }

    /// <summary>The reading paths, by title.</summary>
    public ImmutableArray<ReadingPath> ReadingPaths { get; }

    /// <summary>The paths a paper is a step of, by path title, with its step number (from 1).</summary>
    public ImmutableArray<(ReadingPath Path, int Step)> StepsOf(string paper) =>
        _stepsOf.TryGetValue(paper, out var steps) ? steps : [];

    /// <summary>The paths that have a paper of this topic (or of its subtopics) as a step, by title.</summary>
    public ImmutableArray<ReadingPath> ReadingPathsOfTopic(string topic)
    {
        var papers = PapersOfTopic(topic).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        return [.. ReadingPaths.Where(path => path.Steps.Any(s => papers.Contains(s.Paper)))];
    }

    /// <summary>Every reading-group meeting, earliest first (slug breaks ties); a paper discussed twice meets twice.</summary>
    public ImmutableArray<Meeting> Meetings { get; }

    /// <summary>
    /// The relations other papers declare to this paper, with the paper that declares each, newest
    /// publication first: the other end of <see cref="Paper.Relations"/>.
    /// </summary>
    public ImmutableArray<(RelationKind Kind, Paper From)> RelationsTo(string paper) =>
        _relationsTo.TryGetValue(paper, out var relations) ? [.. relations.Where(r => !r.Kind.TargetsTopics)] : [];

    /// <summary>Papers that say they survey this topic (<c>survey-of</c>), newest publication first.</summary>
    public ImmutableArray<Paper> SurveysOf(string topic) =>
        _relationsTo.TryGetValue(topic, out var relations) ? [.. relations.Where(r => r.Kind.TargetsTopics).Select(r => r.From)] : [];

    public ImmutableArray<Topic> ChildrenOf(string topic) =>
        _children.TryGetValue(topic, out var children) ? children : [];

    /// <summary>Everyone who shares a paper with the author, most shared papers first, then in the order of <see cref="Authors"/>.</summary>
    public ImmutableArray<CoAuthor> CoAuthorsOf(string author) =>
    [
        .. PapersOfAuthor(author)
            .SelectMany(p => p.Authors.Distinct())
            .Where(a => a != author)
            .GroupBy(a => a, StringComparer.Ordinal)
            .Select(g => new CoAuthor(AuthorBySlug[g.Key], g.Count()))
            .OrderByDescending(c => c.Papers)
            .ThenBy(c => _authorRank[c.Author.Slug]),
    ];

    /// <summary>
    /// Each topic's papers, its subtopics' included, in the order of <paramref name="papers"/>: one pass that adds each
    /// paper to its topics and every topic above them (a topic per paper at a time was a fifth of a rebuild at 10,000 papers).
    /// </summary>
    private FrozenDictionary<string, ImmutableArray<Paper>> ByTopic(ImmutableArray<Paper> papers)
    {
        var lists = Topics.ToDictionary(t => t.Slug, _ => ImmutableArray.CreateBuilder<Paper>(), StringComparer.Ordinal);
        var under = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            under.Clear();
            foreach (var topic in paper.Topics)
            {
                // The model has no parent cycles; the count only keeps a malformed one from looping.
                for (var (at, steps) = (topic, 0); at is not null && steps <= Topics.Length && TopicBySlug.TryGetValue(at, out var t); (at, steps) = (t.Parent, steps + 1))
                    under.Add(at);
            }
            foreach (var slug in under) lists[slug].Add(paper);
        }
        return lists.ToFrozenDictionary(l => l.Key, l => l.Value.ToImmutable(), StringComparer.Ordinal);
    }
}
