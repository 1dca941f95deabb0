using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Paths;
using SiteGen.Text;

namespace SiteGen.Model;

/// <summary>
/// Turns parsed entries into the checked <see cref="Collection"/>: required fields, types, slugs,
/// topic references, author identities and duplicates. Reports every problem; never throws on content.
/// </summary>
public static class CollectionBuilder
{
    // Keyed by the body string itself: serve's entry cache hands back the same Entry (and body) for a file
    // that did not change, so a rebuild parses only edited bodies; dropped entries take their text with them.
    private static readonly ConditionalWeakTable<string, MarkdownText> ParsedBodies = new();

    public static Collection Build(ContentSet content, DiagnosticBag bag)
    {
        var bodies = ReadBodies(content, bag);
        var topics = ReadTopics(content.Topics, bodies, bag);
        var registry = new AuthorRegistry();
        foreach (var (alias, name) in content.Site.AuthorAliases) registry.AddAlias(alias, name);
        foreach (var entry in content.Authors)
            if (ReadAuthor(entry, bodies, bag) is { } profile) registry.AddProfile(profile);

        var drafts = content.Papers
            .Select(entry => PaperReader.Read(entry, topics, bag))
            .OfType<PaperDraft>()
            .ToList();
        var allKeys = drafts.Select(d => d.Authors.Select(a => registry.Resolve(a, d.Paper.SourcePath, bag)).ToImmutableArray()).ToList();
        DuplicatePapers.Report(drafts, allKeys, bag);
        for (var i = 0; i < drafts.Count; i++)
            ReportRepeated(drafts[i].Paper.SourcePath, [.. drafts[i].Authors.Select(a => (a.Written, a.At))], allKeys[i], "author", bag);
        // A duplicate slug is already an error; keep the first so the model stays well-formed.
        var firsts = Enumerable.Range(0, drafts.Count).DistinctBy(i => drafts[i].Paper.Slug, StringComparer.Ordinal).ToList();
        var keys = firsts.Select(i => allKeys[i]).ToList();
        drafts = [.. firsts.Select(i => drafts[i])];
        AuthorSpellings.Check(drafts, keys, bag);
        var authors = registry.Freeze(Members(content.Site, registry, bag));

        var papers = drafts.Select((d, i) => d.Paper with
        {
            Authors = [.. keys[i].Select(registry.SlugOf).Distinct()],
            AuthorMarks = Marks(d.Authors, keys[i], registry),
            Notes = bodies[d.Paper.SourcePath],
        }).ToImmutableArray();
        papers = LabReferences.Resolve(papers, topics, authors, bag);
        PaperFields.Check(content.Site, papers, bag);

        var pages = content.Pages.Select(e => ReadPage(e, bodies, bag)).OfType<FreePage>().ToImmutableArray();
        var readingPaths = ReadingPathReader.Read(content.ReadingPaths, papers.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal), bodies, bag);
        var collection = new Collection(content.Site, papers, [.. topics.Values], authors, pages, readingPaths)
        {
            FormerAuthorSlugs = registry.FormerSlugs(),
            MarkLegend = ContributionMarks.Legend(content.Site, bag),
            Image = content.Site.Image is var (src, at) && LinkField.Check(src, "image", content.Site.SourcePath, at, bag) is { } url ? new PreviewImage(url) : null,
        };
        InternalLinks.Check(content, bodies, collection, bag);
        return collection;
    }

    /// <summary>Each author's marks on one paper, by slug; a repeated author keeps the marks of their first place.</summary>
    private static ImmutableSortedDictionary<string, string> Marks(ImmutableArray<WrittenAuthor> written, ImmutableArray<string> identities, AuthorRegistry registry)
    {
        var marks = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < written.Length; i++)
        {
            if (written[i].Marks.Length > 0) marks.TryAdd(registry.SlugOf(identities[i]), written[i].Marks);
        }
        return marks.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>The people site.yml's <c>members</c> names, by identity; a name that matches nobody, or several people, is reported.</summary>
    private static HashSet<string> Members(SiteSettings site, AuthorRegistry registry, DiagnosticBag bag)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, at) in site.Members)
        {
            var identity = registry.Find(value, ids => bag.Error(site.SourcePath, at, DiagnosticCode.Author,
                $"the member '{value}' is the name of several people ({ids}); write the id of one instead"));
            if (identity is null)
                bag.Warning(site.SourcePath, at, DiagnosticCode.Author,
                    $"the member '{value}' is neither an author of a paper nor a profile in authors/; check the spelling, or add authors/{Slug.From(value)}.md");
            else
                members.Add(identity);
        }
        return members;
    }

    /// <summary>
    /// Every body of the content parsed once, in parallel, by source path; a body that cannot be read is an
    /// error at its position and stays empty, so loading goes on and reports everything else.
    /// </summary>
    private static Dictionary<string, MarkdownText> ReadBodies(ContentSet content, DiagnosticBag bag)
    {
        var parsed = content.Papers.Concat(content.Topics).Concat(content.Authors).Concat(content.Pages).Concat(content.ReadingPaths)
            .AsParallel().AsOrdered()
            .Select(entry => (Entry: entry, Text: ParsedBodies.GetValue(entry.Body, MarkdownReader.Read)))
            .ToList();
        var bodies = new Dictionary<string, MarkdownText>(StringComparer.Ordinal);
        foreach (var (entry, text) in parsed)
        {
            if (text.Problem is { } problem)
                bag.Error(entry.Path, new SourcePosition(entry.BodyLine + problem.Line - 1, problem.Column), DiagnosticCode.Markdown, problem.Message);
            bodies.TryAdd(entry.Path, text);
        }
        return bodies;
    }

    private static Dictionary<string, Topic> ReadTopics(ImmutableArray<Entry> entries, Dictionary<string, MarkdownText> bodies, DiagnosticBag bag)
    {
        var topics = new Dictionary<string, Topic>(StringComparer.Ordinal);
        var parents = new Dictionary<string, (string Parent, SourcePosition At, string Path)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var f = entry.Fields;
            KnownKeys.CheckUnknown(f, KnownKeys.Topic, bag);
            if (!CheckSlug(entry, bag)) continue;
            var title = f.Text("title", bag, prose: true);
            if (title is null) f.ReportMissing("title", "the topic's name", bag);
            if (f.Text("parent", bag) is { } parent)
                parents[entry.Slug] = (parent, f.PositionOf("parent"), entry.Path);
            topics[entry.Slug] = new Topic(entry.Slug, title ?? entry.Slug, f.Text("description", bag, prose: true) ?? "", null, bodies[entry.Path]);
        }

        foreach (var (slug, (parent, at, path)) in parents)
        {
            if (!topics.ContainsKey(parent))
                bag.Error(path, at, DiagnosticCode.Topic, $"unknown parent topic '{parent}'{DidYouMean(parent, topics.Keys)}");
            else if (HasCycle(slug, parent, parents))
                bag.Error(path, at, DiagnosticCode.Topic, $"parent topic '{parent}' leads back to '{slug}': topics cannot be their own ancestors");
            else
                topics[slug] = topics[slug] with { Parent = parent };
        }
        return topics;
    }

    private static bool HasCycle(string slug, string parent, Dictionary<string, (string Parent, SourcePosition, string)> parents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { slug };
        for (var current = parent; current is not null; current = parents.GetValueOrDefault(current).Parent)
            if (!seen.Add(current)) return true;
        return false;
    }

    private static Author? ReadAuthor(Entry entry, Dictionary<string, MarkdownText> bodies, DiagnosticBag bag)
    {
        var f = entry.Fields;
        KnownKeys.CheckUnknown(f, KnownKeys.Author, bag);
        if (!CheckSlug(entry, bag)) return null;
        var name = f.Text("name", bag, prose: true);
        if (name is null)
        {
            f.ReportMissing("name", "the author's name as it should be shown", bag);
            return null;
        }
        return new Author(entry.Slug, name, [.. (f.List("aliases", bag, prose: true) ?? []).Select(a => a.Value)])
        {
            Affiliation = f.Text("affiliation", bag, prose: true),
            Homepage = LinkField.Read(f, "homepage", bag),
            Orcid = Orcid.Read(f, bag),
            FormerNames = [.. (f.List("former_names", bag, prose: true) ?? []).Select(a => a.Value)],
            Member = f.Boolean("member", bag) ?? false,
            Bio = bodies[entry.Path],
        };
    }

    private static FreePage? ReadPage(Entry entry, Dictionary<string, MarkdownText> bodies, DiagnosticBag bag)
    {
        if (!CheckSlug(entry, bag)) return null;
        KnownKeys.CheckUnknown(entry.Fields, KnownKeys.Page, bag);
        if (SitePaths.ReservedSlugs.Contains(entry.Slug))
        {
            bag.Error(entry.Path, SourcePosition.Start, DiagnosticCode.Slug, $"the page name '{entry.Slug}' is used by the site itself; rename the file");
            return null;
        }
        var title = entry.Fields.Text("title", bag, prose: true);
        if (title is null) entry.Fields.ReportMissing("title", "the page's title", bag);
        return new FreePage(entry.Slug, title ?? entry.Slug, bodies[entry.Path]) { SourceStamp = entry.Stamp };
    }

    /// <summary>A paper lists each person and topic once; a repeat (also under another spelling of one person) is dropped, so say so.</summary>
    internal static void ReportRepeated(string path, IReadOnlyList<(string Written, SourcePosition At)> items, IReadOnlyList<string> keys, string what, DiagnosticBag bag)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (first.TryAdd(keys[i], items[i].Written)) continue;
            var same = first[keys[i]] == items[i].Written ? "" : $" ('{first[keys[i]]}' is the same {what})";
            bag.Warning(path, items[i].At, DiagnosticCode.Repeated, $"{what} '{items[i].Written}' is listed twice{same}; the repeat is dropped");
        }
    }

    internal static bool CheckSlug(Entry entry, DiagnosticBag bag)
    {
        if (Slug.IsValid(entry.Slug)) return true;
        bag.Error(entry.Path, SourcePosition.Start, DiagnosticCode.Slug,
            $"file name '{entry.Slug}' is not a valid slug (lowercase letters, digits and '-'); rename it to '{Slug.From(entry.Slug)}.md'");
        return false;
    }

    internal static string DidYouMean(string word, IEnumerable<string> known) =>
        Suggestion.Closest(word, known, maxDistance: 3) is { } guess ? $"; did you mean '{guess}'?" : "";
}
