using System.Text;
using SiteGen.Bibtex;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Syndication;

namespace SiteGen.Rendering;

/// <summary>
/// The files beside the pages that research tools read: BibTeX for the whole collection, each topic and
/// each author; and, when the base URL is a full address, Atom feeds, <c>sitemap.xml</c> and <c>robots.txt</c>.
/// </summary>
internal static class DataFiles
{
    public static IEnumerable<OutputFile> Render(Collection c, SiteUrls urls, BibtexWriter bibtex, IReadOnlyList<string> pages)
    {
        var site = c.Site.Title;
        yield return Bib(SiteLinks.CollectionBib, bibtex.WriteAll(c.Papers));
        foreach (var topic in c.Topics)
            yield return Bib(SiteLinks.TopicBib(topic.Slug), bibtex.WriteAll(c.PapersOfTopic(topic.Slug)));
        // One file per author is most of the files at 10,000 papers; they are independent, so made in parallel.
        var authorFiles = c.Authors.AsParallel().AsOrdered()
            .Select(author => Bib(SiteLinks.AuthorBib(author.Slug), bibtex.WriteAll(c.PapersOfAuthor(author.Slug))));
        foreach (var file in authorFiles) yield return file;

        if (!urls.IsAbsolute) yield break;
        yield return new OutputFile(SiteLinks.Feed.TrimStart('/'), AtomFeed.Write(c, urls, site, urls.Home, urls.Path(SiteLinks.Feed), c.Papers));
        foreach (var topic in c.Topics)
        {
            // A topic's feed follows additions to it and to its subtopics, like its page.
            var newestAdded = c.PapersOfTopic(topic.Slug).OrderByDescending(p => p.Added).ThenBy(p => p.Slug, StringComparer.Ordinal);
            yield return new OutputFile(SiteLinks.TopicFeed(topic.Slug).TrimStart('/'),
                AtomFeed.Write(c, urls, $"{topic.Title} · {site}", urls.Topic(topic.Slug), urls.Path(SiteLinks.TopicFeed(topic.Slug)), newestAdded));
        }
        var added = c.Papers.ToDictionary(p => $"/papers/{p.Slug}/", p => p.Added, StringComparer.Ordinal);
        yield return new OutputFile("sitemap.xml", Sitemap.Write(urls, pages.Where(p => p != "/404.html").Select(p => (p, added.TryGetValue(p, out var d) ? d : (DateOnly?)null))));
        yield return new OutputFile("robots.txt", Sitemap.Robots(urls));
    }

    private static OutputFile Bib(string sitePath, string text) => new(sitePath.TrimStart('/'), Encoding.UTF8.GetBytes(text));
}
