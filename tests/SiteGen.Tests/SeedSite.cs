using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Tests;

/// <summary>
/// The seed collection frozen as a fixture site (Fixtures/seed-site, see its README): its content folder,
/// the collection loaded from it, and builds of it shared by every test of the run.
/// </summary>
/// <remarks>
/// A shared build is made once per base URL, on first use. Treat it as read-only: a test that changes files
/// copies them first (<see cref="ContentCopy"/>). The test host may be stopped without running exit handlers,
/// so the builds of a run live beside the test assembly (<c>seed-builds/</c>) and the next run deletes them.
/// </remarks>
internal static class SeedSite
{
    /// <summary>A full address with a path: feeds, sitemap and canonical URLs are made, links carry the path.</summary>
    public const string PublishedUrl = "https://lab.example.org/reading-list/";

    /// <summary>A path without a host, as a project site under test would use: no feeds or sitemap.</summary>
    public const string PathOnlyUrl = "/reading-list/";

    private static readonly ConcurrentDictionary<string, Lazy<BuiltSite>> Builds = new();
    private static readonly Lazy<Collection> Loaded = new(Load);
    private static readonly Lazy<string> BuildsFolder = new(CreateBuildsFolder);

    public static string Folder => Path.Combine(Repo.Fixtures, "seed-site");

    public static string Content => Path.Combine(Folder, "content");

    /// <summary>The seed listing as BibTeX, one record per paper of the site.</summary>
    public static string Bibtex => Path.Combine(Folder, "seed-papers.bib");

    /// <summary>The collection as SiteGen loads it; the fixture has no problems, so it is never null.</summary>
    public static Collection Collection => Loaded.Value;

    /// <summary>Built with the base URL of its site.yml (<c>/</c>).</summary>
    public static BuiltSite AtRoot => Built(null);

    /// <summary>Built at <see cref="PublishedUrl"/>.</summary>
    public static BuiltSite Published => Built(PublishedUrl);

    /// <summary>Built at <see cref="PathOnlyUrl"/>.</summary>
    public static BuiltSite UnderPath => Built(PathOnlyUrl);

    /// <summary>The shared build at this base URL (null: the site's own), made on first use.</summary>
    public static BuiltSite Built(string? baseUrl) =>
        Builds.GetOrAdd(baseUrl ?? "", _ => new Lazy<BuiltSite>(() =>
            BuiltSite.Into(Path.Combine(BuildsFolder.Value, Guid.NewGuid().ToString("N")), Content, baseUrl))).Value;

    /// <summary>
    /// A folder beside the test assembly, emptied when a run starts: each clone has its own, so suites run at
    /// once from two clones cannot touch each other's builds (the host may stop without running exit handlers).
    /// </summary>
    private static string CreateBuildsFolder()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "seed-builds");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return Directory.CreateDirectory(folder).FullName;
    }

    private static Collection Load()
    {
        var bag = new DiagnosticBag();
        var collection = SiteBuilder.Load(Content, bag, out _);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return collection!;
    }
}
