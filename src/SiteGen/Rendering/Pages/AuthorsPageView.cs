using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// <c>pages/authors.liquid</c>: one page of the author index, A to Z by family name, grouped by first letter;
/// <see cref="LetterLinks"/> is the whole index's letter bar (each letter linked to the page where it starts).
/// </summary>
public sealed record AuthorsPageView(IReadOnlyList<LetterGroupView> Letters, IReadOnlyList<LinkView> LetterLinks) : PageView;
