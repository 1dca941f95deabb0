using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/papers.liquid</c>: every paper, grouped by year of publication, newest first.</summary>
public sealed record PapersPageView(IReadOnlyList<YearGroupView> Years) : PageView
{
    /// <summary>The year bar: every year of the whole listing (name: the year, count: its papers), linking the page where it starts.</summary>
    public IReadOnlyList<LinkView> YearLinks { get; init; } = [];
}
