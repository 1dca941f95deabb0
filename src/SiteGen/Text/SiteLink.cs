namespace SiteGen.Text;

/// <summary>
/// A site-absolute link (<c>/papers/x/</c>, <c>/assets/figure.png</c>) in a Markdown body, from a Markdown
/// link or image or from a raw HTML <c>href</c>/<c>src</c>, as the reader's page will carry it.
/// </summary>
/// <param name="Url">The link as written, without the site's base path: starts with one <c>/</c>, may carry <c>?query</c> and <c>#fragment</c>.</param>
/// <param name="Line">1-based line within the body (the body's first line is 1).</param>
/// <param name="Column">1-based column on that line.</param>
public sealed record SiteLink(string Url, int Line, int Column);
