using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/paths.liquid</c>: every reading path, by title.</summary>
public sealed record ReadingPathsPageView(IReadOnlyList<ReadingPathView> Paths) : PageView;
