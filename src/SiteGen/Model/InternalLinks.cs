using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Paths;
using SiteGen.Text;

namespace SiteGen.Model;

/// <summary>
/// Site-absolute links in notes (<c>[see](/papers/x/)</c>) must name a page or data file the site will
/// publish (<see cref="SitePaths"/> says which), so a renamed or mistyped slug is caught in review instead
/// of by a reader's 404.
/// </summary>
/// <remarks>
/// Feeds, the sitemap and robots.txt are published only when the base URL is a full address. Links to them
/// are accepted whatever <c>base_url</c> says: <c>check</c> judges the site as it is published, and the
/// publishing workflows pass <c>--base-url https://...</c> even when <c>site.yml</c> says only <c>/</c>.
/// A build with only a path says in a note that it has no feeds, and <c>check-links</c> reports such links on it.
/// </remarks>
internal static class InternalLinks
{
    /// <summary>
    /// Reports each site-absolute link of a body (Markdown or raw HTML) that names no page, at the link.
    /// </summary>
    /// <param name="bodies">Every parsed body, by its entry's source path.</param>
    public static void Check(ContentSet content, IReadOnlyDictionary<string, MarkdownText> bodies, Collection collection, DiagnosticBag bag)
    {
        var pages = Published(collection);
        foreach (var entry in content.Papers.Concat(content.Topics).Concat(content.Authors).Concat(content.Pages).Concat(content.ReadingPaths))
        {
            if (!bodies.TryGetValue(entry.Path, out var body)) continue;
            foreach (var link in body.SiteLinks)
            {
                var path = link.Url.Split('#', '?')[0];
                if (path.StartsWith(SitePaths.AssetsFolder, StringComparison.Ordinal)) continue; // theme files are not known while loading
                if (pages.Contains(path) || pages.Contains(path + "/")) continue;

                var at = new SourcePosition(entry.BodyLine + link.Line - 1, link.Column);
                bag.Error(entry.Path, at, DiagnosticCode.Link, $"link to {link.Url} points to no page of the site{Guess(path, pages)}");
            }
        }
    }

    /// <summary>
    /// Every site path a build of the collection with a full base URL publishes, besides theme assets and the
    /// search folder: pages (numbered listing pages too) and data files.
    /// </summary>
    public static HashSet<string> Published(Collection c)
    {
        var topics = c.Topics.Select(t => t.Slug).ToList();
        var authors = c.Authors.Select(a => a.Slug).ToList();
        var withBib = c.Authors.Where(c.PublishesAuthorBib).Select(a => a.Slug);
        return new HashSet<string>(
            SitePaths.Pages(c.Papers.Select(p => p.Slug), topics, authors, c.Pages.Select(p => p.Slug), c.HasReadingGroup, c.ReadingPaths.Select(p => p.Slug),
                    formerAuthors: c.FormerAuthorSlugs.Keys)
                .Concat(SitePaths.DataFiles(topics, withBib, c.Site.Search.WritesLunrIndex(c.Papers.Length), c.HasReadingGroup, c.ReadingPaths.Select(p => p.Slug),
                    redirects: c.FormerAuthorSlugs.Values.Any(people => people.Length == 1)))
                .Concat(ListingPages(c)),
            StringComparer.Ordinal);
    }

    // The numbered pages of listings too long for one page (the first page is among SitePaths.Pages).
    private static IEnumerable<string> ListingPages(Collection c)
    {
        var perPage = c.Site.PapersPerPage;
        IEnumerable<string> Numbered(string first, int items, int size) =>
            Enumerable.Range(2, Math.Max(0, (items + size - 1) / size - 1)).Select(n => SitePaths.ListingPage(first, n));
        return Numbered(SitePaths.Papers, c.Papers.Length, perPage)
            .Concat(Numbered(SitePaths.Authors, c.Authors.Length, SitePaths.AuthorsPerIndexPage))
            .Concat(c.Topics.SelectMany(t => Numbered(SitePaths.Topic(t.Slug), c.PapersOfTopic(t.Slug).Length, perPage)))
            .Concat(c.Authors.SelectMany(a => Numbered(SitePaths.Author(a.Slug), c.PapersOfAuthor(a.Slug).Length, perPage)));
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
