using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// <c>pages/redirect.liquid</c>: an author page that moved. After a merge it names one person and the head
/// refreshes to their page; after a split it names each person it may mean, and the reader picks.
/// </summary>
/// <param name="People">Where the old address leads: one person after a merge, several after a split.</param>
public sealed record RedirectPageView(IReadOnlyList<LinkView> People) : PageView;
