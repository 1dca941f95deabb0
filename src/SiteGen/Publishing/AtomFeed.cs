using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using SiteGen.Model;
using SiteGen.Paths;

namespace SiteGen.Publishing;

/// <summary>
/// Atom feeds of the newest additions, written with System.ServiceModel.Syndication: ids and links are
/// the papers' absolute URLs, dates come from the content (<c>added</c>), never from the clock, so a
/// rebuild of the same content gives the same feed.
/// </summary>
internal static class AtomFeed
{
    public const int Size = 50;

    /// <param name="papers">Newest additions first; the first <see cref="Size"/> are written.</param>
    public static byte[] Write(Collection collection, SiteUrls urls, string title, string pageLink, string feedLink, IEnumerable<Paper> papers)
    {
        var entries = papers.Take(Size).ToList();
        var pageUrl = urls.Absolute(pageLink)!;
        var feed = new SyndicationFeed(title, collection.Site.Description, new Uri(pageUrl), urls.Absolute(feedLink), Updated(entries.Select(p => p.Added).DefaultIfEmpty()));
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(urls.Absolute(feedLink)!), "application/atom+xml"));
        feed.Generator = "SiteGen";
        feed.Items = entries.Select(paper => Item(collection, urls, paper)).ToList();

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
            feed.GetAtom10Formatter().WriteTo(writer);
        return stream.ToArray();
    }

    private static SyndicationItem Item(Collection collection, SiteUrls urls, Paper paper)
    {
        var url = urls.Absolute(urls.Paper(paper.Slug))!;
        var item = new SyndicationItem(paper.Title, paper.Abstract ?? "", new Uri(url), url, Updated([paper.Added]))
        {
            PublishDate = Updated([paper.Date]),
        };
        foreach (var author in paper.Authors)
            item.Authors.Add(new SyndicationPerson { Name = collection.AuthorBySlug[author].Name, Uri = urls.Absolute(urls.Author(author)) });
        foreach (var topic in paper.Topics)
            item.Categories.Add(new SyndicationCategory(topic, null, collection.TopicBySlug[topic].Title));
        return item;
    }

    private static DateTimeOffset Updated(IEnumerable<DateOnly> dates) =>
        new(dates.Max().ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
