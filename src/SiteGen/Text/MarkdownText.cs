using System.Collections.Immutable;

namespace SiteGen.Text;

/// <summary>
/// One Markdown body, parsed and sanitised once by <see cref="MarkdownReader"/>: the page HTML, the plain
/// text a reader sees, and the site-absolute links a check must find pages for. Immutable, so the load
/// step makes it and every later step (search, pages, checks) shares it.
/// </summary>
public sealed class MarkdownText
{
    // Site-absolute links are stored with this in place of their leading '/', so one sanitised HTML serves
    // every base path. HTML parsing turns any NUL of the content into U+FFFD, so only links carry it.
    internal const char BaseMarker = '\0';

    private readonly string _html;

    internal MarkdownText(string html, string plainText, ImmutableArray<SiteLink> siteLinks, MarkdownProblem? problem)
    {
        _html = html;
        PlainText = plainText;
        SiteLinks = siteLinks;
        Problem = problem;
    }

    /// <summary>No text at all: what an entry without a body has.</summary>
    public static MarkdownText Empty { get; } = new("", "", [], null);

    /// <summary>
    /// The text a reader sees on the page, blocks separated by line breaks, trimmed: no markup, no HTML
    /// comments, no tags; what search indexes and shows in a result's snippet.
    /// </summary>
    public string PlainText { get; }

    /// <summary>Every site-absolute link of the page, in document order, with where it was written.</summary>
    public ImmutableArray<SiteLink> SiteLinks { get; }

    /// <summary>Set when the body could not be read (too deeply nested, say); the HTML and text are then empty.</summary>
    public MarkdownProblem? Problem { get; }

    /// <summary>
    /// The sanitised page HTML, with every site-absolute link (Markdown or raw HTML) under
    /// <paramref name="basePath"/>, such as <c>/</c> or <c>/reading-list/</c> (a path ending in <c>/</c>).
    /// </summary>
    public string Html(string basePath) =>
        _html.Length == 0 ? "" : _html.Replace(BaseMarker + "/", AttributeEscaped(basePath), StringComparison.Ordinal);

    // The escaping AngleSharp gives every other attribute value.
    private static string AttributeEscaped(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
