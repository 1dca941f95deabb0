using System.Diagnostics;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;

namespace SiteGen;

/// <summary>What to build from where.</summary>
/// <param name="BaseUrl">Overrides <c>base_url</c> of <c>site.yml</c> when set.</param>
public sealed record BuildOptions(string ContentDir, string ThemeDir, string OutputDir, string? BaseUrl = null);

/// <summary>How a build went: its diagnostics, what it wrote and how long each step took.</summary>
public sealed record BuildReport(IReadOnlyList<Diagnostic> Diagnostics, int FilesWritten, IReadOnlyList<(string Step, TimeSpan Time)> Steps)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// The build, as an ordered list of steps: read content, check it into a collection, load the theme,
/// render every page in memory, then write them all at once. Any content error stops before writing.
/// </summary>
public static class SiteBuilder
{
    public static BuildReport Build(BuildOptions options)
    {
        var bag = new DiagnosticBag();
        var steps = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        T Step<T>(string name, Func<T> work)
        {
            var result = work();
            steps.Add((name, clock.Elapsed));
            clock.Restart();
            return result;
        }

        ContentSet? content = null;
        var collection = Step("load", () => Load(options.ContentDir, bag, out content));
        if (bag.HasErrors || collection is null || content is null) return new BuildReport(bag.Sorted(), 0, steps);

        var theme = Step("theme", () => ThemeLoader.Load(options.ThemeDir, content.ThemeOverrideFolder));
        var urls = new SiteUrls(options.BaseUrl ?? collection.Site.BaseUrl);
        var files = Step("render", () => PageRenderer.Render(collection, theme, urls, bag));
        if (bag.HasErrors) return new BuildReport(bag.Sorted(), 0, steps);

        try
        {
            Step("write", () => { SiteWriter.Write(options.OutputDir, files); return 0; });
        }
        catch (SiteWriteException ex)
        {
            bag.Error(options.OutputDir, SourcePosition.Start, "output", ex.Message);
            return new BuildReport(bag.Sorted(), 0, steps);
        }
        return new BuildReport(bag.Sorted(), files.Length, steps);
    }

    /// <summary>Reads and checks the content folder; null only when the folder itself is unusable.</summary>
    public static Collection? Load(string contentDir, DiagnosticBag bag, out ContentSet? content)
    {
        content = null;
        if (!Directory.Exists(contentDir))
        {
            bag.Error(contentDir, SourcePosition.Start, "content", $"content folder not found: {contentDir}");
            return null;
        }
        content = ContentReader.Read(contentDir, bag);
        return CollectionBuilder.Build(content, bag);
    }
}
