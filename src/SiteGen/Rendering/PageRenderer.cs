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

        // A listing split into pages: the first keeps the listing's address and metadata, the others are
        // numbered (title "… (page 2 of 9)", their own canonical URL) and all carry the pagination links.
        IEnumerable<Func<Job>> Paged<T>(string first, IReadOnlyList<T> items, int size, string template, PageMetaView meta, Func<IReadOnlyList<T>, PageView> view, int? total = null)
        {
            var pages = Listing.Split(items, size);
            for (var i = 0; i < pages.Count; i++)
            {
                var (number, page, sitePath) = (i + 1, pages[i], SitePaths.ListingPage(first, i + 1));
                var pageMeta = number == 1 ? meta : meta with
                {
                    Title = $"{meta.Title} (page {number} of {pages.Count})",
                    Url = urls.Path(sitePath),
                    CanonicalUrl = urls.Absolute(urls.Path(sitePath)),
                };
                yield return () => new Job(sitePath, template,
                    pageMeta with { Pagination = Listing.Of(first, number, pages.Count, total ?? items.Count, urls) }, view(page));
            }
        }

        var description = c.Site.Description;
        var perPage = c.Site.PapersPerPage;
        yield return () => new Job(SitePaths.Home, "pages/home.liquid",
            Meta(c.Site.Title, description, SitePaths.Home, "home"),
            new HomePageView(views.Cards(c.Papers.Take(c.Site.HomeLimit)), [.. c.Topics.Where(t => t.Parent is null).Select(views.Topic)]));
        foreach (var job in Paged(SitePaths.Papers, c.NewestPublishedFirst, perPage, "pages/papers.liquid",
            Meta("All papers", $"All {c.Papers.Length} papers of {c.Site.Title}, newest first.", SitePaths.Papers, "papers"),
            page => new PapersPageView(views.ByYear(page))))
        {
            yield return job;
        }
        yield return () => new Job(SitePaths.Topics, "pages/topics.liquid",
            Meta("Topics", $"The {c.Topics.Length} topics of {c.Site.Title}.", SitePaths.Topics, "topics"),
            new TopicsPageView([.. c.Topics.Select(views.Topic)]));
        var (indexPages, letters) = views.AuthorIndex(SitePaths.AuthorsPerIndexPage);
        foreach (var job in Paged(SitePaths.Authors, indexPages, 1, "pages/authors.liquid",
            Meta("Authors", $"The {c.Authors.Length} authors of {c.Site.Title}, A to Z.", SitePaths.Authors, "authors"),
            page => new AuthorsPageView(page[0], letters), total: c.Authors.Length))
        {
            yield return job;
        }
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
            foreach (var job in Paged(sitePath, c.PapersOfTopic(topic.Slug), perPage, "pages/topic.liquid",
                Meta(topic.Title, topic.Description, sitePath, "topics") with { FeedUrl = views.Topic(topic).FeedUrl },
                page => new TopicPageView(views.Topic(topic), views.ByYear(page))))
            {
                yield return job;
            }
        }
        foreach (var author in c.Authors)
        {
            var sitePath = SitePaths.Author(author.Slug);
            foreach (var job in Paged(sitePath, c.PapersOfAuthor(author.Slug), perPage, "pages/author.liquid",
                PageMetadata.Author(Meta(author.Name, $"Papers by {author.Name} in {c.Site.Title}.", sitePath, "authors"), author, urls),
                page => new AuthorPageView(views.Author(author) with { Papers = views.Cards(page) })))
            {
                yield return job;
            }
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
