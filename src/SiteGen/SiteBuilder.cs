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
/// <param name="BaseUrl">Overrides <c>base_url</c> of <c>site.yml</c> when set.</param>
public sealed record BuildOptions(string ContentDir, string ThemeDir, string OutputDir, string? BaseUrl = null)
{
    /// <summary>Told when each step starts and, while rendering, how many pages are done.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>Kept from the previous build in this process, so that only what changed is done again.</summary>
    public BuildCache? Cache { get; init; }
}

/// <summary>A step of the build and how far it has got; <see cref="Total"/> is 0 when unknown.</summary>
public sealed record BuildProgress(string Step, int Done, int Total);

/// <summary>How a build went: its diagnostics, the files it made and how long each step took.</summary>
public sealed record BuildReport(IReadOnlyList<Diagnostic> Diagnostics, ImmutableArray<PublishedFile> Files, IReadOnlyList<(string Step, TimeSpan Time)> Steps)
{
    /// <summary>Things worth telling that are not problems with the content.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
    public TimeSpan Time => Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Time);
}

/// <summary>
/// The build, as an ordered list of timed steps, and the only code that decides what a build does:
/// <c>load</c> (read content, check it into a collection), <c>related</c> (similar papers), <c>search</c>
/// (both indexes), <c>theme</c>, <c>assets</c> (fingerprinted theme files, whose names the pages link),
/// <c>pages</c>, <c>data files</c> (BibTeX, feeds, sitemap, robots) and <c>write</c>. Any content error stops
/// before writing; <c>serve</c> runs every step but writing.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds the site into <see cref="BuildOptions.OutputDir"/>, replacing it whole, unless there is an error.</summary>
    /// <returns>
    /// The diagnostics sorted by path and position, the files written (site paths and bytes; none when the build
    /// failed), each step's time, and notes. Content and output problems are diagnostics; nothing is thrown for them.
    /// </returns>
    public static BuildReport Build(BuildOptions options)
    {
        var (bag, files, steps, notes) = RunSteps(options);
        if (bag.HasErrors) return new BuildReport(bag.Sorted(), [], steps);

        var clock = Stopwatch.StartNew();
        options.Progress?.Report(new BuildProgress("write", 0, files.Length));
        try
        {
            SiteWriter.Write(options.OutputDir, files);
        }
        catch (SiteWriteException ex)
        {
            bag.Error(options.OutputDir, SourcePosition.Start, DiagnosticCode.Output, ex.Message);
            return new BuildReport(bag.Sorted(), [], steps);
        }
        steps.Add(("write", clock.Elapsed));
        return new BuildReport(bag.Sorted(), files, steps) { Notes = notes };
    }

    /// <summary>Every step but writing: the site in memory, for <c>serve</c>. Writes nothing; returns no files when there is an error.</summary>
    public static BuildReport Render(BuildOptions options)
    {
        var (bag, files, steps, notes) = RunSteps(options);
        return new BuildReport(bag.Sorted(), bag.HasErrors ? [] : files, steps) { Notes = notes };
    }

    private static (DiagnosticBag, ImmutableArray<PublishedFile>, List<(string, TimeSpan)>, List<string>) RunSteps(BuildOptions options)
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
        if (bag.HasErrors || collection is null || content is null) return (bag, [], steps, []);

        var related = Step("related", () => RelatedPapers.Find(collection, options.Cache?.Related));
        if (options.Cache is { } cache) cache.Related = related;
        var search = Step("search", () => SearchFiles.Build(collection, collection.Site.Search));
        var theme = Step("theme", () => ThemeLoader.Load(options.ThemeDir, content.ThemeOverrideFolder));
        var urls = new SiteUrls(options.BaseUrl ?? collection.Site.BaseUrl);
        var assets = Step("assets", () => AssetPlanner.Plan(theme, urls));
        var bibtex = new PaperBibtex(collection);
        var pages = Step("pages", () => PageRenderer.Render(collection, related, bibtex.Write, theme, urls, assets.Urls, search.ManifestPath, bag,
            (done, total) => options.Progress?.Report(new BuildProgress("pages", done, total))));
        var data = Step("data files", () => DataFiles.Publish(collection, urls, bibtex, [.. pages.Select(p => p.SitePath)]).ToList());
        ImmutableArray<PublishedFile> files = [.. pages.Concat(data).Concat(assets.Files).Concat(search.Files).OrderBy(f => f.OutputPath, StringComparer.Ordinal)];

        List<string> notes = urls.IsAbsolute ? [] :
        [
            $"No Atom feeds, sitemap or canonical URLs: the base URL \"{options.BaseUrl ?? collection.Site.BaseUrl}\" is only a path. " +
            "Pass --base-url https://... (the publishing workflows do) or set base_url in site.yml to the full address.",
        ];
        if (search.LunrIndexNote() is { } note) notes.Add(note);
        return (bag, files, steps, notes);
    }

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
