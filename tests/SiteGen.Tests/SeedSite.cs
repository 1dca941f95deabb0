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
/// so the builds of a run live in <c>sitegen-tests/seed-site-PID</c> and the next run deletes those of ended runs.
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

    private static string CreateBuildsFolder()
    {
        var parent = Path.Combine(Path.GetTempPath(), "sitegen-tests");
        Directory.CreateDirectory(parent);
        foreach (var old in Directory.GetDirectories(parent, "seed-site-*"))
        {
            if (int.TryParse(Path.GetFileName(old)["seed-site-".Length..], out var pid) && IsRunning(pid)) continue;
            try { Directory.Delete(old, recursive: true); }
            catch (IOException) { /* another run is deleting it */ }
        }
        return Directory.CreateDirectory(Path.Combine(parent, $"seed-site-{Environment.ProcessId}")).FullName;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static Collection Load()
    {
        var bag = new DiagnosticBag();
        var collection = SiteBuilder.Load(Content, bag, out _);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return collection!;
    }
}
