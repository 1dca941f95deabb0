using System.Collections.Concurrent;
using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Paths;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// Renders every page of the site, and nothing else: one per paper, topic, author and free page, the
/// indexes (long listings in numbered pages), search, home and 404. Each page is its template (given its
/// <see cref="PageView"/>) inside <c>layouts/base.liquid</c>. Pages are rendered in parallel and handed on
/// one by one, so the site is never held whole; with the previous render's pages, only pages whose inputs
/// changed are rendered again.
/// </summary>
public static class PageRenderer
{
    /// <param name="citation">The BibTeX record a paper's page shows (the <c>Bibtex</c> folder writes it; pages only show it).</param>
    /// <param name="assetUrls">Theme asset names (<c>site.css</c>) to their fingerprinted links, for the <c>asset</c> filter.</param>
    /// <param name="searchManifest">Site path of the sharded search index's manifest, for the search page.</param>
    /// <param name="siteStamp">A hash of what every page may show besides papers (<see cref="Content.ContentSet.SiteStamp"/>).</param>
    /// <param name="previous">The previous render's pages (<c>serve</c>): a page whose inputs are unchanged is taken from it.</param>
    /// <param name="emit">Given each page (site path, UTF-8 HTML) as soon as it is made, from the rendering threads; what it throws stops the render.</param>
    /// <param name="pageDone">Told (pages done, pages in all) after each page, from the rendering threads.</param>
    /// <param name="today">The build's day: the reading group's meetings from it on are upcoming.</param>
    /// <returns>
    /// The site paths of the pages made (<c>/papers/x/</c>, <c>/404.html</c>), ordered, and how many were rendered rather
    /// than reused; none when the theme's templates are broken. Template problems are reported to <paramref name="bag"/>, never thrown.
    /// </returns>
    public static (IReadOnlyList<string> SitePaths, int Rendered) Render(
        Collection collection, RelatedPapers related, Func<Paper, string> citation, Theme theme, SiteUrls urls, IReadOnlyDictionary<string, string> assetUrls,
        string searchManifest, ulong siteStamp, RenderedPages? previous, Action<PublishedFile> emit, DiagnosticBag bag, Action<int, int>? pageDone = null,
        DateOnly today = default)
    {
        var templates = TemplateSet.Create(theme, urls, assetUrls, bag);
        if (templates is null) return ([], 0);

        var views = new ViewBuilder(collection, urls, related, citation);
        var site = views.Site();
        // Stamps cost a hash of every card; only worth it when there is a previous render to compare with.
        var stamps = previous is null ? null : new PageStamps(collection, views.CardOf, SiteStamp(collection, theme, urls, assetUrls, siteStamp));
        var lab = new LabViewBuilder(collection, urls, views);
        var jobs = Jobs(collection, views, lab, stamps, related, citation, urls, urls.Path(searchManifest), today).ToList();
        var made = new ConcurrentBag<string>();
        var done = 0;
        var rendered = 0;
        previous?.Begin();

        Parallel.ForEach(jobs, job =>
        {
            var html = previous?.Reuse(job.SitePath, job.Stamp);
            if (html is null)
            {
                var (template, meta, model) = job.Make();
                try
                {
                    html = templates.Render(template, model, site, meta);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // A theme bug must not crash the build or hide other pages' problems.
                    bag.Error(theme.Templates[template].DisplayPath, SourcePosition.Start, DiagnosticCode.Template,
                        $"rendering {job.SitePath} failed: {ex.Message}");
                    return;
                }
                previous?.Keep(job.SitePath, job.Stamp, html);
                Interlocked.Increment(ref rendered);
            }
            emit(new PublishedFile(job.SitePath, html));
            made.Add(job.SitePath);
            pageDone?.Invoke(Interlocked.Increment(ref done), jobs.Count);
        });
        if (!bag.HasErrors) previous?.Commit();
        return ([.. made.Order(StringComparer.Ordinal)], rendered);
    }

    // What every page shows besides papers: the theme, the links it makes, the content's own stamp, the menu, and the
    // counts of the footer, the topic lists and the home page. (The search index's address is the search page's alone,
    // a free page's text its own.)
    private static ulong SiteStamp(Collection c, Theme theme, SiteUrls urls, IReadOnlyDictionary<string, string> assetUrls, ulong siteStamp)
    {
        var stamp = new PageStamps.Builder().Add(siteStamp).Add(urls.Absolute(urls.Home) ?? urls.Home)
            .Add((ulong)c.Papers.Length).Add((ulong)c.Authors.Length);
        foreach (var (path, file) in theme.Templates.OrderBy(t => t.Key, StringComparer.Ordinal))
            stamp.Add(path).Add(System.IO.Hashing.XxHash3.HashToUInt64(file.Bytes));
        foreach (var (name, url) in assetUrls.OrderBy(a => a.Key, StringComparer.Ordinal)) stamp.Add(name).Add(url);
        foreach (var topic in c.Topics) stamp.Add(topic.Slug).Add((ulong)c.PapersOfTopic(topic.Slug).Length);
        foreach (var page in c.Pages) stamp.Add(page.Slug).Add(page.Title); // the menu
        LabStamp(c, stamp);
        return stamp.Done();
    }

    // Meetings, relations and reading paths show on pages of other papers (both ends of a relation, the reading group,
    // paths, topics): every paper that takes part counts for every page, so an edit to one renders the site again.
    private static void LabStamp(Collection c, PageStamps.Builder stamp)
    {
        var targets = c.Papers.SelectMany(p => p.Relations.Where(r => !r.Kind.TargetsTopics).Select(r => r.Target))
            .Concat(c.ReadingPaths.SelectMany(path => path.Steps.Select(s => s.Paper)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var paper in c.Papers.Where(p => p.Reading is not null || p.Relations.Length > 0 || targets.Contains(p.Slug)))
            stamp.Add(paper.Slug).Add(paper.SourceStamp);
    }

    /// <summary>A page to make: where it goes, the stamp of its inputs, and how to build its view (on a rendering thread).</summary>
    private sealed record Job(string SitePath, ulong Stamp, Func<(string Template, PageMetaView Meta, PageView Model)> Make);

    // Stamps are 0 when there is no previous render (stamps is null): the stamping lambdas run only otherwise.
    private static IEnumerable<Job> Jobs(
        Collection c, ViewBuilder views, LabViewBuilder lab, PageStamps? stamps, RelatedPapers related, Func<Paper, string> citation, SiteUrls urls,
        string searchManifestUrl, DateOnly today)
    {
        PageMetaView Meta(string title, string description, string sitePath, string section) =>
            new(title, description, urls.Path(sitePath), section) { CanonicalUrl = urls.Absolute(urls.Path(sitePath)), Image = c.Image };

        // A listing split into pages: the first keeps the listing's address and metadata, the others are
        // numbered (title "… (page 2 of 9)", their own canonical URL) and all carry the pagination links.
        // A page's stamp: its number and the cards it lists, plus what stampMore adds.
        IEnumerable<Job> Paged(string first, IReadOnlyList<Paper> items, string template, Func<PageMetaView> meta,
            Func<IReadOnlyList<Paper>, PageView> view, Action<PageStamps.Builder>? stampMore = null) =>
            Pages(first, Listing.Split(items, c.Site.PapersPerPage), items.Count, template, meta, view,
                (stamp, page) =>
                {
                    foreach (var paper in page) stamp.Add(stamps!.Card(paper));
                    stampMore?.Invoke(stamp);
                });

        IEnumerable<Job> Pages<T>(string first, IReadOnlyList<IReadOnlyList<T>> pages, int total, string template, Func<PageMetaView> meta,
            Func<IReadOnlyList<T>, PageView> view, Action<PageStamps.Builder, IReadOnlyList<T>> stampOf)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var (number, page, sitePath) = (i + 1, pages[i], SitePaths.ListingPage(first, i + 1));
                var stamp = stamps?.Page(sitePath).Add((ulong)pages.Count);
                if (stamp is not null) stampOf(stamp, page);
                yield return new Job(sitePath, stamp?.Done() ?? 0, () =>
                {
                    var firstMeta = meta();
                    var pageMeta = number == 1 ? firstMeta : firstMeta with
                    {
                        Title = $"{firstMeta.Title} (page {number} of {pages.Count})",
                        Url = urls.Path(sitePath),
                        CanonicalUrl = urls.Absolute(urls.Path(sitePath)),
                    };
                    return (template, pageMeta with { Pagination = Listing.Of(first, number, pages.Count, total, urls) }, view(page));
                });
            }
        }

        Job Whole(string sitePath, string template, Func<PageMetaView> meta, Func<PageView> view, Action<PageStamps.Builder>? stampMore = null)
        {
            var stamp = stamps?.Page(sitePath);
            if (stamp is not null) stampMore?.Invoke(stamp);
            return new Job(sitePath, stamp?.Done() ?? 0, () => (template, meta(), view()));
        }

        var description = c.Site.Description;
        var recent = c.Papers.Take(c.Site.HomeLimit).ToList();
        yield return Whole(SitePaths.Home, "pages/home.liquid",
            () => Meta(c.Site.Title, description, SitePaths.Home, "home"),
            () => new HomePageView(views.Cards(recent), [.. c.Topics.Where(t => t.Parent is null).Select(views.Topic)]) { Members = views.Members() },
            stamp =>
            {
                recent.ForEach(p => stamp.Add(stamps!.Card(p)));
                // The group's paper counts change with papers the page does not list.
                foreach (var member in views.Members()) stamp.Add(member.Url).Add((ulong)member.Count);
            });
        var yearLinks = views.YearLinks(SitePaths.Papers, c.NewestPublishedFirst, c.Site.PapersPerPage);
        foreach (var job in Paged(SitePaths.Papers, c.NewestPublishedFirst, "pages/papers.liquid",
            () => Meta("All papers", $"All {c.Papers.Length} papers of {c.Site.Title}, newest first.", SitePaths.Papers, "papers"),
            page => new PapersPageView(views.ByYear(page)) { YearLinks = yearLinks },
            stamp => { foreach (var link in yearLinks) stamp.Add(link.Url).Add((ulong)link.Count); }))
        {
            yield return job;
        }
        yield return Whole(SitePaths.Topics, "pages/topics.liquid",
            () => Meta("Topics", $"The {c.Topics.Length} topics of {c.Site.Title}.", SitePaths.Topics, "topics"),
            () => new TopicsPageView([.. c.Topics.Select(views.Topic)]) { Families = views.TopicFamilies() });
        var (indexPages, letters) = views.AuthorIndex(SitePaths.AuthorsPerIndexPage);
        foreach (var job in Pages(SitePaths.Authors, indexPages, c.Authors.Length, "pages/authors.liquid",
            () => Meta("Authors", $"The {c.Authors.Length} authors of {c.Site.Title}, A to Z.", SitePaths.Authors, "authors"),
            page => new AuthorsPageView(page, letters),
            (stamp, page) =>
            {
                foreach (var letter in letters) stamp.Add(letter.Url);
                foreach (var author in page.SelectMany(g => g.Authors)) stamp.Add(author.Name).Add(author.Url).Add((ulong)author.Count);
            }))
        {
            yield return job;
        }
        yield return Whole(SitePaths.Search, "pages/search.liquid",
            () => Meta("Search", $"Search the {c.Papers.Length} papers of {c.Site.Title} by title, author, topic or words of the abstract.", SitePaths.Search, "search"),
            () => new SearchPageView(searchManifestUrl, urls.Topics, urls.Authors, urls.Papers),
            stamp => stamp.Add(searchManifestUrl));
        yield return Whole(SitePaths.NotFound, "pages/404.liquid", () => Meta("Page not found", description, SitePaths.NotFound, "404"), () => new NotFoundPageView());

        foreach (var paper in c.Papers)
        {
            var sitePath = SitePaths.Paper(paper.Slug);
            yield return Whole(sitePath, "pages/paper.liquid",
                () => PageMetadata.Paper(Meta(paper.Title, paper.Abstract ?? description, sitePath, "papers"), paper, c, urls),
                () => new PaperPageView(lab.Paper(views.Paper(paper), paper)),
                stamp =>
                {
                    stamp.Add(paper.SourceStamp).Add(stamps!.Card(paper)).Add(citation(paper));
                    foreach (var slug in related.Of(paper.Slug)) stamp.Add(stamps.Card(c.PaperBySlug[slug]));
                });
        }
        foreach (var topic in c.Topics)
        {
            var sitePath = SitePaths.Topic(topic.Slug);
            foreach (var job in Paged(sitePath, c.PapersOfTopic(topic.Slug), "pages/topic.liquid",
                () => Meta(topic.Title, topic.Description, sitePath, "topics") with { FeedUrl = views.Topic(topic).FeedUrl },
                page => lab.Topic(new TopicPageView(views.Topic(topic), views.ByYear(page)), topic)))
            {
                yield return job;
            }
        }
        foreach (var author in c.Authors)
        {
            var sitePath = SitePaths.Author(author.Slug);
            var papers = c.PapersOfAuthor(author.Slug);
            // Co-authors and the .bib link come from all of the author's papers, on every page of them: found once for an
            // author of several pages (2,000 papers make 40). Jobs live to the end of the render, so a one-page author's
            // profile is not kept in one: 170,000 kept profiles raised a 100,000-paper build's peak from 2.8 to 3.9 GiB.
            var profile = papers.Length > c.Site.PapersPerPage ? new Lazy<AuthorView>(() => views.Author(author, [])) : null;
            foreach (var job in Paged(sitePath, papers, "pages/author.liquid",
                () => PageMetadata.Author(Meta(author.Name, $"Papers by {author.Name} in {c.Site.Title}.", sitePath, "authors"), author, urls),
                page => new AuthorPageView((profile?.Value ?? views.Author(author, [])) with { Papers = views.Cards(page) }),
                stamp =>
                {
                    stamp.Add(author.Name);
                    foreach (var paper in papers) stamp.Add(stamps!.Card(paper));
                }))
            {
                yield return job;
            }
        }
        // What these pages show of other papers is in the site's stamp (LabStamp), so they are stamped like the rest.
        if (c.HasReadingGroup)
        {
            yield return Whole(SitePaths.ReadingGroup, "pages/reading-group.liquid",
                () => Meta("Reading group", $"What the {c.Site.Title} reading group discusses, and when.", SitePaths.ReadingGroup, "reading group")
                    with { CalendarUrl = urls.Path(SitePaths.ReadingGroupCalendar) },
                () => lab.ReadingGroup(today),
                stamp => stamp.Add((ulong)today.DayNumber));
        }
        if (c.ReadingPaths.Length > 0)
        {
            yield return Whole(SitePaths.ReadingPaths, "pages/paths.liquid",
                () => Meta("Reading paths", $"Where to start in {c.Site.Title}: papers to read in order.", SitePaths.ReadingPaths, "paths"),
                () => new ReadingPathsPageView([.. c.ReadingPaths.Select(lab.ReadingPath)]));
        }
        foreach (var path in c.ReadingPaths)
        {
            var sitePath = SitePaths.ReadingPath(path.Slug);
            yield return Whole(sitePath, "pages/path.liquid",
                () => Meta(path.Title, $"A reading path of {c.Site.Title}: {path.Steps.Length} papers in order.", sitePath, "paths"),
                () => new ReadingPathPageView(lab.ReadingPath(path)));
        }
        foreach (var (slug, people) in c.FormerAuthorSlugs)
        {
            var sitePath = SitePaths.Author(slug);
            var targets = people.Select(p => c.AuthorBySlug[p]).ToList();
            var name = string.Join(" / ", targets.Select(a => a.Name).Distinct());
            var target = targets.Count == 1 ? urls.Author(targets[0].Slug) : null;
            List<MetaTagView> tags = [new("name", "robots", "noindex")];
            // A merge leads to one page, at once; a split leaves the choice to the reader.
            if (target is not null) tags.Add(new("http-equiv", "refresh", "0; url=" + target));
            yield return Whole(sitePath, "pages/redirect.liquid",
                () => Meta(name, $"{name} in {c.Site.Title}.", sitePath, "authors") with { CanonicalUrl = target is null ? null : urls.Absolute(target) ?? target, Meta = tags },
                () => new RedirectPageView([.. targets.Select(views.AuthorLink)]),
                stamp =>
                {
                    foreach (var link in targets.Select(views.AuthorLink)) stamp.Add(link.Name).Add(link.Url).Add(link.Detail).Add((ulong)link.Count).Add(link.Member ? 1UL : 0UL);
                });
        }
        foreach (var page in c.Pages)
        {
            var sitePath = SitePaths.Page(page.Slug);
            yield return Whole(sitePath, "pages/page.liquid", () => Meta(page.Title, description, sitePath, page.Slug), () => new FreePageView(views.Html(page.Body)),
                stamp => stamp.Add(page.SourceStamp));
        }
    }
}
