using System.Globalization;
using System.Text;
using SiteGen.Bibtex;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Import;

/// <summary>How to import: which topics every entry gets, how keywords map to topics, and what to do with papers already there.</summary>
public sealed record ImportOptions(string ContentDir)
{
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Keyword (compared ignoring case and accents) to topic slug.</summary>
    public IReadOnlyDictionary<string, string> TopicMap { get; init; } = new Dictionary<string, string>();
    /// <summary>Fill in fields that existing entries lack, instead of skipping them.</summary>
    public bool Update { get; init; }
    public bool DryRun { get; init; }
}

/// <summary>What the import did (or, in a dry run, would do) with one record.</summary>
/// <param name="Line">The record's line in <see cref="Source"/>.</param>
public sealed record ImportAction(string Verb, string RecordKey, int Line, string Path, string Detail)
{
    /// <summary>The display path of the file the record came from.</summary>
    public string Source { get; init; } = "";

    /// <summary>For an update: the file and its new text.</summary>
    internal (string File, string Text)? Rewrite { get; init; }
}

/// <summary>
/// <c>sitegen import bibtex</c>: one new entry per new paper, existing papers (the same paper by
/// <see cref="Model.PaperIdentity"/>, as <c>check</c> decides it) skipped or, with <see cref="ImportOptions.Update"/>, given the fields they lack. Only
/// front-matter lines are ever added to an existing file; its other lines and its notes stay byte for byte.
/// </summary>
public static class BibtexImporter
{
    /// <param name="bibFile">The <c>.bib</c> file to read (UTF-8).</param>
    /// <param name="displayPath">How diagnostics name that file.</param>
    /// <returns>
    /// One action per record that became or matched a paper (<c>create</c>, <c>update</c>, <c>skip</c>), ordered by
    /// file, then the record's line. Unless <see cref="ImportOptions.DryRun"/>, creates <c>papers/&lt;year&gt;/&lt;slug&gt;.md</c> for each
    /// <c>create</c> (never over an existing file) and adds front-matter lines to each <c>update</c>d entry.
    /// </returns>
    /// <remarks>
    /// A record that is malformed, matches no topic or would not pass <c>check</c> is an error in
    /// <paramref name="bag"/> at its line, and is skipped; the others are still imported. Throws only for I/O failures.
    /// </remarks>
    public static IReadOnlyList<ImportAction> Import(string bibFile, string displayPath, ImportOptions options, DiagnosticBag bag) =>
        Import([(bibFile, displayPath)], options, bag);

    /// <summary>Imports several files as one bibliography; see the one-file overload for what is written and reported.</summary>
    /// <param name="bibFiles">
    /// The <c>.bib</c> files to read (UTF-8) as one bibliography, in order (macros of one are known in the next; a
    /// crossref may name a record of any), each with the path diagnostics name it by.
    /// </param>
    public static IReadOnlyList<ImportAction> Import(IReadOnlyList<(string File, string DisplayPath)> bibFiles, ImportOptions options, DiagnosticBag bag) =>
        Import(BibtexParser.Parse(bibFiles.Select(f => (f.DisplayPath, File.ReadAllText(f.File))), bag), bibFiles.Select(f => f.DisplayPath).ToList(), options, bag);

    /// <summary>
    /// Imports records already read, from BibTeX or another format read into the BibTeX record form
    /// (<see cref="RisReader"/>, <see cref="CslJsonReader"/>): the same identity, topics, checks, updates and dry run.
    /// </summary>
    /// <param name="fileOrder">Display paths of the files the records came from, in the order actions are reported.</param>
    public static IReadOnlyList<ImportAction> Import(IReadOnlyList<BibtexEntry> records, IReadOnlyList<string> fileOrder, ImportOptions options, DiagnosticBag bag)
    {
        var existing = ContentReader.Read(options.ContentDir, new DiagnosticBag());
        var collection = CollectionBuilder.Build(existing, new DiagnosticBag());
        var known = new KnownPapers(collection, existing);
        var topics = TopicResolver(collection, options);

        var actions = new List<ImportAction>();
        var planned = new List<(BibtexPaper Paper, PlannedEntry Entry)>();
        foreach (var record in records)
        {
            var displayPath = record.Path;
            if (BibtexPaper.From(record, displayPath, bag) is not { } paper) continue;
            if (known.Find(paper) is { } match)
            {
                actions.Add(options.Update && match.Entry is { } entry
                    ? Update(paper, entry, options)
                    : new ImportAction("skip", record.Key, record.At.Line, match.Path, $"already in the collection as {match.Path}") { Source = displayPath });
                continue;
            }

            var paperTopics = options.Topics.Concat(paper.Keywords.Select(topics).OfType<string>()).Distinct().ToList();
            if (paperTopics.Count == 0)
            {
                bag.Error(displayPath, record.At, DiagnosticCode.Bibtex, $"record {record.Key} matches no topic (keywords: {string.Join(", ", paper.Keywords.DefaultIfEmpty("none"))}); pass --topics or --topic-map");
                continue;
            }
            var slug = known.FreeSlug(Slug.ForTitle(paper.Title));
            planned.Add((paper, Plan(options.ContentDir, paper, paperTopics, slug)));
            known.Add(paper, planned[^1].Entry.DisplayPath);
        }

        // The new entries are checked with the collection they join; one that would fail 'check' is not written.
        var accepted = Validate(existing, planned, bag);
        foreach (var (paper, entry) in accepted)
        {
            if (!options.DryRun) PaperScaffold.Write(entry);
            actions.Add(new ImportAction("create", paper.Record.Key, paper.Record.At.Line, entry.DisplayPath, "") { Source = paper.Record.Path });
        }
        if (!options.DryRun)
            foreach (var (file, text) in actions.Select(a => a.Rewrite).OfType<(string, string)>())
                File.WriteAllText(file, text);

        var order = fileOrder.ToList();
        return [.. actions.OrderBy(a => order.IndexOf(a.Source)).ThenBy(a => a.Line)];
    }

    private static PlannedEntry Plan(string contentDir, BibtexPaper paper, List<string> topics, string slug)
    {
        var relative = $"papers/{paper.Date.Year}/{slug}.md";
        var text = EntryWriter.Write(PaperSchema.InWriteOrder(
        [
            new("title", paper.Title),
            new("authors", paper.Authors),
            new("date", paper.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("topics", topics),
            .. Optional(paper),
        ]), "");
        return new PlannedEntry(Path.Combine(contentDir, relative), DisplayRoot(contentDir) + "/" + relative, text);
    }

    private static List<(BibtexPaper, PlannedEntry)> Validate(ContentSet existing, List<(BibtexPaper Paper, PlannedEntry Entry)> planned, DiagnosticBag bag)
    {
        var problems = PlannedEntries.Check(existing, planned.Select(p => p.Entry));
        var accepted = new List<(BibtexPaper, PlannedEntry)>();
        foreach (var (paper, entry) in planned)
        {
            var errors = problems[entry.DisplayPath].Where(d => d.Severity == Severity.Error).ToList();
            if (errors.Count == 0) accepted.Add((paper, entry));
            foreach (var problem in errors)
                bag.Error(paper.Record.Path, paper.Record.At, DiagnosticCode.Bibtex, $"record {paper.Record.Key} would not pass check ({problem.Message}); skipped");
        }
        return accepted;
    }

    /// <summary>
    /// Adds the fields the entry lacks as new front-matter lines just before its closing <c>---</c>.
    /// </summary>
    private static ImportAction Update(BibtexPaper paper, Entry entry, ImportOptions options)
    {
        var missing = Optional(paper).Where(f => f.Value is not null && !entry.Fields.Has(f.Key)).ToList();
        if (missing.Count == 0)
            return new ImportAction("skip", paper.Record.Key, paper.Record.At.Line, entry.Path, $"already in the collection as {entry.Path}, nothing to add") { Source = paper.Record.Path };

        var file = Path.Combine(options.ContentDir, entry.Path[(DisplayRoot(options.ContentDir).Length + 1)..]);
        var text = File.ReadAllText(file);
        var closing = ClosingFence(text);
        var updated = text[..closing] + EntryWriter.Fields(missing) + text[closing..];
        return new ImportAction("update", paper.Record.Key, paper.Record.At.Line, entry.Path, $"added {string.Join(", ", missing.Select(f => f.Key))}")
        {
            Source = paper.Record.Path,
            Rewrite = (file, updated),
        };
    }

    /// <summary>What a record adds beyond title, authors, date and topics; <c>categories</c> is arXiv's primary class, for themes.</summary>
    private static List<KeyValuePair<string, object?>> Optional(BibtexPaper paper) =>
    [
        new("venue", paper.Venue), new("arxiv", paper.Arxiv), new("doi", paper.Doi), new("url", paper.Url),
        new("pdf", paper.Pdf), new("code", paper.Code),
        new("abstract", paper.Abstract), new("categories", paper.PrimaryClass is { } c ? new[] { c } : null),
        .. paper.Extra,
    ];

    /// <summary>The offset of the line that closes the front matter (the second <c>---</c> line).</summary>
    private static int ClosingFence(string text)
    {
        var offset = text.IndexOf('\n') + 1;
        while (offset < text.Length)
        {
            var end = text.IndexOf('\n', offset);
            var line = (end < 0 ? text[offset..] : text[offset..end]).TrimEnd('\r', ' ');
            if (line is "---" or "...") return offset;
            if (end < 0) break;
            offset = end + 1;
        }
        return text.Length;
    }

    private static Func<string, string?> TopicResolver(Collection collection, ImportOptions options)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var topic in collection.Topics)
        {
            byKey.TryAdd(TextKey.Fold(topic.Slug.Replace('-', ' ')), topic.Slug);
            byKey.TryAdd(TextKey.Fold(topic.Title), topic.Slug);
        }
        foreach (var (keyword, slug) in options.TopicMap) byKey[TextKey.Fold(keyword)] = slug;
        return keyword => byKey.GetValueOrDefault(TextKey.Fold(keyword));
    }

    private static string DisplayRoot(string contentDir) => contentDir.TrimEnd('/', '\\').Replace('\\', '/');

    /// <summary>The papers already in the collection (and those this import adds), matched by <see cref="PaperIdentity"/>.</summary>
    private sealed class KnownPapers
    {
        private readonly List<(PaperIdentity Identity, string Path, Entry? Entry)> _papers = [];
        // Candidates by arXiv id, DOI and folded title, so a lookup compares a few papers, not all.
        private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
        private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

        public KnownPapers(Collection collection, ContentSet content)
        {
            var entries = content.Papers.ToDictionary(e => e.Path, StringComparer.Ordinal);
            foreach (var paper in collection.Papers)
                Remember(PaperIdentity.Of(paper, collection), paper.SourcePath, entries.GetValueOrDefault(paper.SourcePath));
            _slugs.UnionWith(content.Papers.Select(e => e.Slug));
        }

        public (string Path, Entry? Entry)? Find(BibtexPaper paper)
        {
            var identity = Identity(paper);
            foreach (var i in Keys(identity).SelectMany(k => _byKey.GetValueOrDefault(k) ?? []).Distinct().Order())
                if (identity.SamePaperAs(_papers[i].Identity) is not null) return (_papers[i].Path, _papers[i].Entry);
            return null;
        }

        public void Add(BibtexPaper paper, string path) => Remember(Identity(paper), path, null);

        private void Remember(PaperIdentity identity, string path, Entry? entry)
        {
            _papers.Add((identity, path, entry));
            foreach (var key in Keys(identity))
            {
                if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
                list.Add(_papers.Count - 1);
            }
        }

        private static IEnumerable<string> Keys(PaperIdentity id) =>
            new[] { id.Arxiv is null ? null : "arxiv:" + id.Arxiv, id.Doi is null ? null : "doi:" + id.Doi, "title:" + id.Title }.OfType<string>();

        public string FreeSlug(string wanted)
        {
            var slug = wanted;
            for (var n = 2; !_slugs.Add(slug); n++) slug = $"{wanted}-{n}";
            return slug;
        }

        private static PaperIdentity Identity(BibtexPaper paper) =>
            PaperIdentity.Of(paper.Arxiv, paper.Doi, paper.Title, paper.Date.Year, paper.Authors.Select(TextKey.Fold));
    }
}
