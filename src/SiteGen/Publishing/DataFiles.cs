using SiteGen.Bibtex;
using SiteGen.Model;
using SiteGen.Paths;

namespace SiteGen.Publishing;

/// <summary>
/// The files beside the pages that research tools and hosts read: BibTeX for the whole collection (full
/// records), each topic, each author with two papers or more and each reading path (citation records); RIS and CSL-JSON
/// for the whole collection; the reading group's calendar; <c>.nojekyll</c> for GitHub Pages; Netlify's <c>_redirects</c> for
/// author pages that moved; and, when the base URL is a full address, Atom
/// feeds, <c>sitemap.xml</c> and <c>robots.txt</c>. Where each goes is asked of <see cref="SitePaths"/>.
/// </summary>
internal static class DataFiles
{
    /// <param name="bibtex">Writes the records; shared with the pages so each key is decided once.</param>
    /// <param name="pages">Site paths of the rendered pages, for the sitemap (the 404 and redirect pages are left out of it).</param>
    /// <returns>The files in a fixed order; bytes are UTF-8 without a byte order mark.</returns>
    /// <param name="records">The previous build's records and files (<c>serve</c>), <paramref name="bibtex"/>'s.</param>
    public static IEnumerable<PublishedFile> Publish(Collection c, SiteUrls urls, PaperBibtex bibtex, IReadOnlyList<string> pages, PaperRecords? records = null)
    {
        var site = c.Site.Title;
        yield return new PublishedFile(SitePaths.NoJekyll, []);
        // Full records once, in the collection's file; a topic's or author's file lists the citation records
        // (abstracts made 154 MB of repeats at 10,000 papers).
        yield return Bib(SitePaths.CollectionBib, c.Papers, full: true);
        yield return Kept(SitePaths.CollectionRis, c.Papers, "ris", () => PublishedFile.Text(SitePaths.CollectionRis, w => PaperRis.WriteAll(c, w, records)));
        yield return Kept(SitePaths.CollectionCsl, c.Papers, "csl", () => PublishedFile.Streamed(SitePaths.CollectionCsl, s => PaperCsl.WriteAll(c, s, records)));
        foreach (var topic in c.Topics)
            yield return Bib(SitePaths.TopicBib(topic.Slug), c.PapersOfTopic(topic.Slug), full: false);
        foreach (var author in c.Authors.Where(c.PublishesAuthorBib))
            yield return Bib(SitePaths.AuthorBib(author.Slug), c.PapersOfAuthor(author.Slug), full: false);
        if (c.HasReadingGroup) yield return new PublishedFile(SitePaths.ReadingGroupCalendar, ReadingGroupCalendar.Write(c, urls));
        foreach (var path in c.ReadingPaths)
            yield return Bib(SitePaths.ReadingPathBib(path.Slug), [.. path.Steps.Select(s => c.PaperBySlug[s.Paper])], full: false);
        if (NetlifyRedirects.Write(c, urls) is { } redirects) yield return new PublishedFile(SitePaths.Redirects, redirects);

        if (!urls.IsAbsolute) yield break;
        yield return new PublishedFile(SitePaths.Feed, AtomFeed.Write(c, urls, site, urls.Home, urls.Path(SitePaths.Feed), c.Papers));
        foreach (var topic in c.Topics)
        {
            // A topic's feed follows additions to it and to its subtopics, like its page.
            yield return new PublishedFile(SitePaths.TopicFeed(topic.Slug),
                AtomFeed.Write(c, urls, $"{topic.Title} · {site}", urls.Topic(topic.Slug), urls.Path(SitePaths.TopicFeed(topic.Slug)), c.AddedToTopic(topic.Slug)));
        }
        var added = c.Papers.ToDictionary(p => SitePaths.Paper(p.Slug), p => p.Added, StringComparer.Ordinal);
        // Pages that only lead elsewhere are no pages to index.
        var moved = c.FormerAuthorSlugs.Keys.Select(SitePaths.Author).ToHashSet(StringComparer.Ordinal);
        yield return new PublishedFile(SitePaths.Sitemap, Sitemap.Write(urls,
            pages.Where(p => p != SitePaths.NotFound && !moved.Contains(p)).Select(p => (p, added.TryGetValue(p, out var d) ? d : (DateOnly?)null))));
        yield return new PublishedFile(SitePaths.Robots, Sitemap.Robots(urls));

        PublishedFile Bib(string sitePath, IReadOnlyList<Paper> papers, bool full) =>
            Kept(sitePath, papers, full ? "bibtex-full" : "bibtex", () => PublishedFile.Text(sitePath, w => bibtex.WriteAll(papers, full, w)));

        // A file of records: with serve's records, the bytes already served when the same records make it.
        PublishedFile Kept(string sitePath, IReadOnlyList<Paper> papers, string format, Func<PublishedFile> make) =>
            records is null ? make() : new(sitePath, records.File(sitePath, papers, format, () => make().Bytes));
    }
}
