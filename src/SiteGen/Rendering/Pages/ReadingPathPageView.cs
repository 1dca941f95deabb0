using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/path.liquid</c>: one reading path, its steps in order.</summary>
public sealed record ReadingPathPageView(ReadingPathView Path) : PageView;
