using System.Text;
using System.Xml;
using SiteGen.Paths;

namespace SiteGen.Publishing;

/// <summary><c>sitemap.xml</c> (sitemaps.org protocol, absolute URLs) and the <c>robots.txt</c> that points to it.</summary>
internal static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="pages">Site paths of the pages to list, with the date they last changed when known.</param>
    public static byte[] Write(SiteUrls urls, IEnumerable<(string SitePath, DateOnly? Modified)> pages)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (path, modified) in pages.OrderBy(p => p.SitePath, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, urls.Absolute(urls.Path(path)));
                if (modified is { } day) xml.WriteElementString("lastmod", Namespace, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }

    public static byte[] Robots(SiteUrls urls) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.Path(SitePaths.Sitemap))}\n");
}
