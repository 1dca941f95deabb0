using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/authors.liquid</c>: every author, A to Z by family name, grouped by first letter.</summary>
public sealed record AuthorsPageView(IReadOnlyList<LetterGroupView> Letters) : PageView;
