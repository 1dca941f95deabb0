namespace SiteGen.Paths;

/// <summary>
/// Turns site paths (<see cref="SitePaths"/>) into links, so that the same content works at <c>/</c>
/// and under a project path such as <c>/reading-list/</c>. Every link a page carries comes from here.
/// </summary>
public sealed class SiteUrls
{
    /// <param name="baseUrl">A full address (<c>https://lab.github.io/list</c>) or only a path (<c>/list/</c>).</param>
    public SiteUrls(string baseUrl)
    {
        // "https://lab.github.io/list" and "/list/" both mean the base path "/list/".
        var path = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.AbsolutePath
            : baseUrl;
        BasePath = "/" + path.Trim('/') + (path.Trim('/').Length > 0 ? "/" : "");
        Origin = uri is not null && uri.Scheme is "http" or "https" ? uri.GetLeftPart(UriPartial.Authority) : null;
    }

    /// <summary><c>https://lab.github.io</c> when the base URL is a full address; null when it is only a path.</summary>
    public string? Origin { get; }

    /// <summary>
    /// Whether links can be made absolute. Feeds, the sitemap and canonical URLs need a full address,
    /// so they are written only when the site knows where it is published.
    /// </summary>
    public bool IsAbsolute => Origin is not null;

    /// <summary>A link from this class as a full URL, or null when the base URL is only a path.</summary>
    public string? Absolute(string link) => Origin is null ? null : Origin + link;

    /// <summary>The path prefix every link starts with, always ending in <c>/</c>.</summary>
    public string BasePath { get; }

    /// <summary>A site path such as <c>/topics/</c> as a link under the base path.</summary>
    public string Path(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>
    /// The site path a link under the base path points to (<c>/list/topics/</c> is <c>/topics/</c>),
    /// or null when the link leaves the base path.
    /// </summary>
    public string? SitePathOf(string link) =>
        link.StartsWith(BasePath, StringComparison.Ordinal) ? "/" + link[BasePath.Length..] : null;

    public string Home => BasePath;
    public string Papers => Path(SitePaths.Papers);
    public string Topics => Path(SitePaths.Topics);
    public string Authors => Path(SitePaths.Authors);
    public string Search => Path(SitePaths.Search);
    public string Paper(string slug) => Path(SitePaths.Paper(slug));
    public string Topic(string slug) => Path(SitePaths.Topic(slug));
    public string Author(string slug) => Path(SitePaths.Author(slug));
    public string Page(string slug) => Path(SitePaths.Page(slug));
    public string ReadingPath(string slug) => Path(SitePaths.ReadingPath(slug));
    public string Asset(string file) => Path(SitePaths.Asset(file));
}
