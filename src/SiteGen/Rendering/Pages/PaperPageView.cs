using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/paper.liquid</c>: one paper.</summary>
public sealed record PaperPageView(PaperView Paper) : PageView;
