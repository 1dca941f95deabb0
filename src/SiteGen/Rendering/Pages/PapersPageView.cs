using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/papers.liquid</c>: every paper, grouped by year of publication, newest first.</summary>
public sealed record PapersPageView(IReadOnlyList<YearGroupView> Years) : PageView;
