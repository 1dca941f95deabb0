namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/page.liquid</c>: a free page of <c>content/pages/</c>; its title is <c>page.title</c>.</summary>
/// <param name="Body">The page's Markdown as sanitised HTML, links carrying the base path.</param>
public sealed record FreePageView(string Body) : PageView;
