using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/author.liquid</c>: one author.</summary>
public sealed record AuthorPageView(AuthorView Author) : PageView;
