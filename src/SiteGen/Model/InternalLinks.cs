using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Site-absolute links in notes (<c>[see](/papers/x/)</c>) must name a page the site will have,
/// so a renamed or mistyped slug is caught in review instead of by a reader's 404.
/// </summary>
internal static class InternalLinks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UsePreciseSourceLocation()
        .Build();

    public static void Check(ContentSet content, Collection collection, DiagnosticBag bag)
    {
        var pages = SitePaths(collection);
        var entries = content.Papers.Concat(content.Topics).Concat(content.Authors).Concat(content.Pages);
        Parallel.ForEach(entries, entry =>
        {
            // Parsing every body is the slow part at 10,000 papers; most notes have no site link at all.
            if (!entry.Body.Contains("](/", StringComparison.Ordinal) && !entry.Body.Contains("]: /", StringComparison.Ordinal)) return;
            foreach (var link in Markdown.Parse(entry.Body, Pipeline).Descendants<LinkInline>())
            {
                if (link.Url is not { } url || !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) continue;
                var path = url.Split('#', '?')[0];
                if (path.StartsWith("/assets/", StringComparison.Ordinal)) continue; // theme files are not known while loading
                if (pages.Contains(path) || pages.Contains(path + "/")) continue;

                var at = new SourcePosition(entry.BodyLine + link.Line, link.Column + 1);
                bag.Error(entry.Path, at, "link", $"link to {url} points to no page of the site{Guess(path, pages)}");
            }
        });
    }

    private static HashSet<string> SitePaths(Collection c)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { "/", "/papers/", "/topics/", "/authors/", "/404.html" };
        paths.UnionWith(c.Papers.Select(p => $"/papers/{p.Slug}/"));
        paths.UnionWith(c.Topics.Select(t => $"/topics/{t.Slug}/"));
        paths.UnionWith(c.Authors.Select(a => $"/authors/{a.Slug}/"));
        paths.UnionWith(c.Pages.Select(p => $"/{p.Slug}/"));
        return paths;
    }

    private static string Guess(string path, HashSet<string> pages)
    {
        var wanted = path.EndsWith('/') ? path : path + "/";
        var section = wanted[..(wanted.IndexOf('/', 1) + 1)];
        return Suggestion.Closest(wanted, pages.Where(p => p.StartsWith(section, StringComparison.Ordinal)), maxDistance: 4) is { } guess
            ? $"; did you mean {guess}?"
            : "";
    }
}
