using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using SiteGen.Bibtex;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Paths;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Search;

namespace SiteGen;

/// <summary>What to build from where.</summary>
/// <param name="ThemeDir">The theme folder; null for the theme built into SiteGen.</param>
/// <param name="BaseUrl">Overrides <c>base_url</c> of <c>site.yml</c> when set.</param>
public sealed record BuildOptions(string ContentDir, string? ThemeDir, string OutputDir, string? BaseUrl = null)
{
    /// <summary>Told when each step starts and, while rendering, how many pages are done.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>Kept from the previous build in this process, so that only what changed is done again.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>The build's day, which splits the reading group's meetings into upcoming and past; default: today (UTC).</summary>
    public DateOnly? Today { get; init; }
}

/// <summary>A step of the build and how far it has got; <see cref="Total"/> is 0 when unknown.</summary>
public sealed record BuildProgress(string Step, int Done, int Total);

/// <summary>How a build went: its diagnostics, what it made and how long each step took.</summary>
/// <param name="Files">The site's files with their bytes, from <see cref="SiteBuilder.Render"/> only (a build writes them as it goes).</param>
public sealed record BuildReport(IReadOnlyList<Diagnostic> Diagnostics, ImmutableArray<PublishedFile> Files, IReadOnlyList<(string Step, TimeSpan Time)> Steps)
{
    /// <summary>Things worth telling that are not problems with the content.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Files the site has, pages included; 0 when the build failed.</summary>
    public int FileCount { get; init; }

    /// <summary>HTML pages the site has; 0 when the build failed.</summary>
    public int PageCount { get; init; }

    /// <summary>Pages rendered by this build; fewer than <see cref="PageCount"/> when a <see cref="BuildCache"/> held unchanged ones.</summary>
    public int PagesRendered { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
    public TimeSpan Time => Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Time);
}

/// <summary>
/// The build, as an ordered list of timed steps, and the only code that decides what a build does:
/// <c>load</c> (read content, check it into a collection), <c>related</c> (similar papers), <c>search</c>
/// (both indexes), <c>theme</c>, <c>assets</c> (fingerprinted theme files, whose names the pages link),
/// <c>pages</c>, <c>data files</c> (BibTeX, feeds, sitemap, robots) and <c>write</c> (the swap into place). A
/// build writes each file as soon as it is made, into a folder that replaces the output only when the build
/// succeeded; any content error stops before anything is written. <c>serve</c> runs the same steps in memory.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds the site into <see cref="BuildOptions.OutputDir"/>, replacing it whole, unless there is an error.</summary>
    /// <returns>
    /// The diagnostics sorted by path and position, how many files and pages were written (none when the build failed),
    /// each step's time, and notes. Content and output problems are diagnostics; nothing is thrown for them.
    /// </returns>
    public static BuildReport Build(BuildOptions options)
    {
        SiteWriter? writer = null;
        try
        {
            var run = RunSteps(options, () =>
            {
                writer = SiteWriter.Open(options.OutputDir);
                return writer.Write;
            });
            if (run.Bag.HasErrors || writer is null) return run.Report([]) with { FileCount = 0, PageCount = 0 };

            var clock = Stopwatch.StartNew();
            options.Progress?.Report(new BuildProgress("write", 0, 0));
            writer.Commit();
            run.Steps.Add(("write", clock.Elapsed));
            return run.Report([]);
        }
        catch (Exception ex) when (Unwrap(ex) is SiteWriteException write)
        {
            var bag = new DiagnosticBag();
            bag.Error(options.OutputDir, SourcePosition.Start, DiagnosticCode.Output, write.Message);
            return new BuildReport(bag.Sorted(), [], []);
        }
        finally
        {
            writer?.Dispose();
        }
    }

    /// <summary>Every step but writing: the site in memory, for <c>serve</c>. Writes nothing; returns no files when there is an error.</summary>
    public static BuildReport Render(BuildOptions options)
    {
        var files = new ConcurrentBag<PublishedFile>();
        var run = RunSteps(options, () => files.Add);
        return run.Report(run.Bag.HasErrors ? [] : [.. files.OrderBy(f => f.OutputPath, StringComparer.Ordinal)]);
    }

    // What the steps leave: problems, timings, notes and counts, however the files went out.
    private sealed record Run(DiagnosticBag Bag, List<(string, TimeSpan)> Steps, List<string> Notes, int Files, int Pages, int Rendered)
    {
        public BuildReport Report(ImmutableArray<PublishedFile> files) =>
            new(Bag.Sorted(), files, Steps) { Notes = Notes, FileCount = Files, PageCount = Pages, PagesRendered = Rendered };
    }

    // The steps; open is called once the content is known to be good, and gives where each file goes as it is made.
    private static Run RunSteps(BuildOptions options, Func<Action<PublishedFile>> open)
    {
        var bag = new DiagnosticBag();
        var steps = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        T Step<T>(string name, Func<T> work)
        {
            options.Progress?.Report(new BuildProgress(name, 0, 0));
            var result = work();
            steps.Add((name, clock.Elapsed));
            clock.Restart();
            return result;
        }

        ContentSet? content = null;
        var collection = Step("load", () => Load(options.ContentDir, bag, out content, options.Cache?.Entries));
        if (bag.HasErrors || collection is null || content is null) return new Run(bag, steps, [], 0, 0, 0);
        // The parsed entries (YAML trees of every file) are not needed past this point: at 100,000 papers they are hundreds of MB.
        var (siteStamp, themeOverrides) = (content.SiteStamp(), content.ThemeOverrideFolder);
        content = null;
        var emit = open();

        var related = Step("related", () => RelatedPapers.Find(collection, options.Cache?.Related));
        if (options.Cache is { } cache) cache.Related = related;
        // Search files go out as soon as they are made rather than being held through the pages.
        var (searchManifest, searchFiles) = Step("search", () =>
        {
            var search = SearchFiles.Build(collection, collection.Site.Search, options.Cache?.Search);
            foreach (var file in search.Files) emit(file);
            return (search.ManifestPath, search.Files.Count);
        });
        var theme = Step("theme", () => ThemeLoader.Load(options.ThemeDir, themeOverrides));
        var urls = new SiteUrls(options.BaseUrl ?? collection.Site.BaseUrl);
        var assets = Step("assets", () => AssetPlanner.Plan(theme, urls));
        var records = options.Cache?.Records;
        var bibtex = new PaperBibtex(collection, records);
        var (pages, rendered) = Step("pages", () => PageRenderer.Render(collection, related, bibtex.Write, theme, urls, assets.Urls, searchManifest,
            siteStamp, options.Cache?.Pages, emit, bag, (done, total) => options.Progress?.Report(new BuildProgress("pages", done, total)),
            options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow)));
        var data = Step("data files", () =>
        {
            var count = 0;
            foreach (var file in DataFiles.Publish(collection, urls, bibtex, pages, records).Concat(assets.Files))
            {
                emit(file);
                count++;
            }
            records?.Commit();
            return count;
        });

        List<string> notes = urls.IsAbsolute ? [] :
        [
            $"No Atom feeds, sitemap or canonical URLs: the base URL \"{options.BaseUrl ?? collection.Site.BaseUrl}\" is only a path. " +
            "Pass --base-url https://... (the publishing workflows do) or set base_url in site.yml to the full address.",
        ];
        if (SearchFiles.LunrIndexNote(collection, collection.Site.Search) is { } note) notes.Add(note);
        return new Run(bag, steps, notes, pages.Count + searchFiles + data, pages.Count(p => SitePaths.FileFor(p).EndsWith(".html", StringComparison.Ordinal)), rendered);
    }

    // Writes happen on the rendering threads, so a disk error may arrive wrapped.
    private static Exception Unwrap(Exception ex) =>
        ex is AggregateException { InnerExceptions: [var single, ..] } ? Unwrap(single) : ex;

    /// <summary>Reads and checks the content folder; null only when the folder itself is unusable.</summary>
    public static Collection? Load(string contentDir, DiagnosticBag bag, out ContentSet? content, EntryCache? cache = null)
    {
        content = null;
        if (!Directory.Exists(contentDir))
        {
            bag.Error(contentDir, SourcePosition.Start, DiagnosticCode.Content, $"content folder not found: {contentDir}");
            return null;
        }
        content = ContentReader.Read(contentDir, bag, cache);
        var collection = CollectionBuilder.Build(content, bag);
        // A curator's own record is read as BibTeX, which the model does not know; it is checked here, at load, so `check` sees it.
        CuratorBibtex.Check(
            content.Papers
                .Where(e => e.Fields.HasValue("bibtex"))
                .Select(e => (e.Path, e.Fields.PositionOf("bibtex"), e.Fields.Text("bibtex", new DiagnosticBag()) ?? "")),
            bag);
        return collection;
    }
}
