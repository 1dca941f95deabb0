namespace SiteGen.Model;

/// <summary>
/// The picture a link preview shows (Open Graph's <c>og:image</c>): the site's <c>image:</c> in <c>site.yml</c>, or a
/// paper's own teaser figure. <see cref="Src"/> is an absolute http(s) URL; width and height are in pixels.
/// </summary>
public sealed record PreviewImage(string Src, int? Width = null, int? Height = null, string? Alt = null);
