using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering.Views;
using SiteGen.Search;

namespace SiteGen.Rendering;

/// <summary>
/// Renders every page of the site in memory: one per paper, topic, author and free page, the
/// indexes, search, home and 404, plus the theme's assets and the search index files. Pages are rendered in parallel.
/// </summary>
public static class PageRenderer
{
    public static ImmutableArray<OutputFile> Render(
        Collection collection, RelatedPapers related, SearchFiles search, Theme theme, SiteUrls urls, DiagnosticBag bag, IProgress<BuildProgress>? progress = null)
    {
        var (assets, assetUrls) = AssetPlanner.Plan(theme, urls);
        var templates = TemplateSet.Create(theme, urls, assetUrls, bag);
        if (templates is null) return [];

        var views = new ViewBuilder(collection, urls, related);
        var site = views.Site();
        var jobs = Jobs(collection, views, urls, urls.Path(search.ManifestPath)).ToList();
        var files = new ConcurrentBag<OutputFile>([.. assets, .. search.Files]) { new(".nojekyll", []) };
        var pages = new ConcurrentBag<string>();
        var done = 0;

        Parallel.ForEach(jobs, job =>
        {
            var (sitePath, template, meta, model) = job();
            try
            {
                var values = new Dictionary<string, object?>(model) { ["site"] = site, ["page"] = meta };
                values["content"] = templates.Render(template, values);
                var html = templates.Render("layouts/base.liquid", values);
                files.Add(new OutputFile(SiteUrls.FileFor(sitePath), Encoding.UTF8.GetBytes(html)));
                pages.Add(sitePath);
                progress?.Report(new BuildProgress("render", Interlocked.Increment(ref done), jobs.Count));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A theme bug must not crash the build or hide other pages' problems.
                bag.Error(theme.Templates[template].DisplayPath, SourcePosition.Start, "template",
                    $"rendering {sitePath} failed: {ex.Message}");
            }
        });

        foreach (var file in DataFiles.Render(collection, urls, views.Bibtex, [.. pages])) files.Add(file);
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private sealed record Job(string SitePath, string Template, PageMetaView Meta, Dictionary<string, object?> Model);

    // Jobs are thunks so that building each page's view also happens on the parallel workers.
    private static IEnumerable<Func<Job>> Jobs(Collection c, ViewBuilder views, SiteUrls urls, string searchManifest)
    {
        PageMetaView Meta(string title, string description, string url, string section) =>
            new(title, description, url, section) { CanonicalUrl = urls.Absolute(url) };

        var description = c.Site.Description;
        yield return () => new Job("/", "pages/home.liquid",
            Meta(c.Site.Title, description, urls.Home, "home"),
            new()
            {
                ["recent"] = views.Cards(c.Papers.Take(c.Site.HomeLimit)),
                ["topics"] = c.Topics.Where(t => t.Parent is null).Select(views.Topic).ToList(),
            });
        yield return () => new Job("/papers/", "pages/papers.liquid",
            Meta("All papers", $"All {c.Papers.Length} papers of {c.Site.Title}, newest first.", urls.Papers, "papers"),
            new() { ["years"] = views.ByYear(c.Papers.OrderByDescending(p => p.Date).ThenBy(p => p.Slug, StringComparer.Ordinal)) });
        yield return () => new Job("/topics/", "pages/topics.liquid",
            Meta("Topics", $"The {c.Topics.Length} topics of {c.Site.Title}.", urls.Topics, "topics"),
            new() { ["topics"] = c.Topics.Select(views.Topic).ToList() });
        yield return () => new Job("/authors/", "pages/authors.liquid",
            Meta("Authors", $"The {c.Authors.Length} authors of {c.Site.Title}, A to Z.", urls.Authors, "authors"),
            new() { ["letters"] = views.AuthorIndex() });
        yield return () => new Job("/search/", "pages/search.liquid",
            Meta("Search", $"Search the {c.Papers.Length} papers of {c.Site.Title} by title, author, topic or words of the abstract.", urls.Search, "search"),
            new()
            {
                ["manifest_url"] = searchManifest,
                ["topics_url"] = urls.Topics,
                ["authors_url"] = urls.Authors,
                ["papers_url"] = urls.Papers,
            });
        yield return () => new Job("/404.html", "pages/404.liquid",
            Meta("Page not found", description, urls.Path("404.html"), "404"), []);

        foreach (var paper in c.Papers)
        {
            yield return () => new Job($"/papers/{paper.Slug}/", "pages/paper.liquid",
                PageMetadata.Paper(Meta(paper.Title, paper.Abstract ?? description, urls.Paper(paper.Slug), "papers"), paper, c, urls),
                new() { ["paper"] = views.Paper(paper) });
        }
        foreach (var topic in c.Topics)
        {
            yield return () => new Job($"/topics/{topic.Slug}/", "pages/topic.liquid",
                Meta(topic.Title, topic.Description, urls.Topic(topic.Slug), "topics") with { FeedUrl = views.Topic(topic).FeedUrl },
                new()
                {
                    ["topic"] = views.Topic(topic),
                    ["years"] = views.ByYear(c.PapersOfTopic(topic.Slug)),
                });
        }
        foreach (var author in c.Authors)
        {
            yield return () => new Job($"/authors/{author.Slug}/", "pages/author.liquid",
                PageMetadata.Author(Meta(author.Name, $"Papers by {author.Name} in {c.Site.Title}.", urls.Author(author.Slug), "authors"), author, urls),
                new() { ["author"] = views.Author(author) });
        }
        foreach (var page in c.Pages)
        {
            yield return () => new Job($"/{page.Slug}/", "pages/page.liquid",
                Meta(page.Title, description, urls.Page(page.Slug), page.Slug),
                new() { ["body"] = views.Html(page.Body) });
        }
    }
}
