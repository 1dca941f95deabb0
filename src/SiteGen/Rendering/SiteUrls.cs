namespace SiteGen.Rendering;

/// <summary>
/// The one place that turns site paths into links, so that the same content works at <c>/</c>
/// and under a project path such as <c>/reading-list/</c>. Every link a page carries comes from here.
/// </summary>
public sealed class SiteUrls
{
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

    public string Home => BasePath;
    public string Papers => Path("papers/");
    public string Topics => Path("topics/");
    public string Authors => Path("authors/");
    public string Search => Path("search/");
    public string Paper(string slug) => Path($"papers/{slug}/");
    public string Topic(string slug) => Path($"topics/{slug}/");
    public string Author(string slug) => Path($"authors/{slug}/");
    public string Page(string slug) => Path($"{slug}/");
    public string Asset(string file) => Path($"assets/{file}");

    /// <summary>The output file that serves a site path (<c>/papers/x/</c> is <c>papers/x/index.html</c>).</summary>
    public static string FileFor(string sitePath) =>
        sitePath.EndsWith('/') ? sitePath.TrimStart('/') + "index.html" : sitePath.TrimStart('/');
}
