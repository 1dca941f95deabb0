namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/404.liquid</c>: nothing beyond <c>site</c> and <c>page</c>.</summary>
public sealed record NotFoundPageView : PageView;
