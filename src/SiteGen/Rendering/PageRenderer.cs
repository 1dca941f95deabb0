using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Paths;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// Renders every page of the site in memory, and nothing else: one per paper, topic, author and free
/// page, the indexes, search, home and 404. Each page is its template (given its <see cref="PageView"/>)
/// inside <c>layouts/base.liquid</c>. Pages are rendered in parallel.
/// </summary>
public static class PageRenderer
{
    /// <param name="citation">The BibTeX record a paper's page shows (the <c>Bibtex</c> folder writes it; pages only show it).</param>
    /// <param name="assetUrls">Theme asset names (<c>site.css</c>) to their fingerprinted links, for the <c>asset</c> filter.</param>
    /// <param name="searchManifest">Site path of the sharded search index's manifest, for the search page.</param>
    /// <param name="pageDone">Told (pages done, pages in all) after each page, from the rendering threads.</param>
    /// <returns>
    /// The pages at their site paths (<c>/papers/x/</c>, <c>/404.html</c>) as UTF-8 HTML, ordered by site path;
    /// empty when the theme's templates are broken. Template problems are reported to <paramref name="bag"/>, never thrown.
    /// </returns>
    public static ImmutableArray<PublishedFile> Render(
        Collection collection, RelatedPapers related, Func<Paper, string> citation, Theme theme, SiteUrls urls, IReadOnlyDictionary<string, string> assetUrls,
        string searchManifest, DiagnosticBag bag, Action<int, int>? pageDone = null)
    {
        var templates = TemplateSet.Create(theme, urls, assetUrls, bag);
        if (templates is null) return [];

        var views = new ViewBuilder(collection, urls, related, citation);
        var site = views.Site();
        var jobs = Jobs(collection, views, urls, urls.Path(searchManifest)).ToList();
        var files = new ConcurrentBag<PublishedFile>();
        var done = 0;

        Parallel.ForEach(jobs, job =>
        {
            var (sitePath, template, meta, model) = job();
            try
            {
                var html = templates.Render(template, model, site, meta);
                files.Add(new PublishedFile(sitePath, Encoding.UTF8.GetBytes(html)));
                pageDone?.Invoke(Interlocked.Increment(ref done), jobs.Count);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A theme bug must not crash the build or hide other pages' problems.
                bag.Error(theme.Templates[template].DisplayPath, SourcePosition.Start, DiagnosticCode.Template,
                    $"rendering {sitePath} failed: {ex.Message}");
            }
        });
        return [.. files.OrderBy(f => f.SitePath, StringComparer.Ordinal)];
    }

    private sealed record Job(string SitePath, string Template, PageMetaView Meta, PageView Model);

    // Jobs are thunks so that building each page's view also happens on the parallel workers.
    private static IEnumerable<Func<Job>> Jobs(Collection c, ViewBuilder views, SiteUrls urls, string searchManifestUrl)
    {
        PageMetaView Meta(string title, string description, string sitePath, string section) =>
            new(title, description, urls.Path(sitePath), section) { CanonicalUrl = urls.Absolute(urls.Path(sitePath)) };

        var description = c.Site.Description;
        yield return () => new Job(SitePaths.Home, "pages/home.liquid",
            Meta(c.Site.Title, description, SitePaths.Home, "home"),
            new HomePageView(views.Cards(c.Papers.Take(c.Site.HomeLimit)), [.. c.Topics.Where(t => t.Parent is null).Select(views.Topic)]));
        yield return () => new Job(SitePaths.Papers, "pages/papers.liquid",
            Meta("All papers", $"All {c.Papers.Length} papers of {c.Site.Title}, newest first.", SitePaths.Papers, "papers"),
            new PapersPageView(views.ByYear(c.NewestPublishedFirst)));
        yield return () => new Job(SitePaths.Topics, "pages/topics.liquid",
            Meta("Topics", $"The {c.Topics.Length} topics of {c.Site.Title}.", SitePaths.Topics, "topics"),
            new TopicsPageView([.. c.Topics.Select(views.Topic)]));
        yield return () => new Job(SitePaths.Authors, "pages/authors.liquid",
            Meta("Authors", $"The {c.Authors.Length} authors of {c.Site.Title}, A to Z.", SitePaths.Authors, "authors"),
            new AuthorsPageView(views.AuthorIndex()));
        yield return () => new Job(SitePaths.Search, "pages/search.liquid",
            Meta("Search", $"Search the {c.Papers.Length} papers of {c.Site.Title} by title, author, topic or words of the abstract.", SitePaths.Search, "search"),
            new SearchPageView(searchManifestUrl, urls.Topics, urls.Authors, urls.Papers));
        yield return () => new Job(SitePaths.NotFound, "pages/404.liquid",
            Meta("Page not found", description, SitePaths.NotFound, "404"), new NotFoundPageView());

        foreach (var paper in c.Papers)
        {
            var sitePath = SitePaths.Paper(paper.Slug);
            yield return () => new Job(sitePath, "pages/paper.liquid",
                PageMetadata.Paper(Meta(paper.Title, paper.Abstract ?? description, sitePath, "papers"), paper, c, urls),
                new PaperPageView(views.Paper(paper)));
        }
        foreach (var topic in c.Topics)
        {
            var sitePath = SitePaths.Topic(topic.Slug);
            yield return () => new Job(sitePath, "pages/topic.liquid",
                Meta(topic.Title, topic.Description, sitePath, "topics") with { FeedUrl = views.Topic(topic).FeedUrl },
                new TopicPageView(views.Topic(topic), views.ByYear(c.PapersOfTopic(topic.Slug))));
        }
        foreach (var author in c.Authors)
        {
            var sitePath = SitePaths.Author(author.Slug);
            yield return () => new Job(sitePath, "pages/author.liquid",
                PageMetadata.Author(Meta(author.Name, $"Papers by {author.Name} in {c.Site.Title}.", sitePath, "authors"), author, urls),
                new AuthorPageView(views.Author(author)));
        }
        foreach (var page in c.Pages)
        {
            var sitePath = SitePaths.Page(page.Slug);
            yield return () => new Job(sitePath, "pages/page.liquid",
                Meta(page.Title, description, sitePath, page.Slug),
                new FreePageView(views.Html(page.Body)));
        }
    }
}
