using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/home.liquid</c>: the newest additions and the top-level topics.</summary>
/// <param name="Recent">The <c>home_limit</c> newest additions, newest first.</param>
/// <param name="Topics">Topics without a parent, by title; each has its children.</param>
public sealed record HomePageView(IReadOnlyList<PaperCardView> Recent, IReadOnlyList<TopicView> Topics) : PageView
{
    /// <summary>The lab's members by family name, each with their number of papers; empty when the site names none.</summary>
    public IReadOnlyList<LinkView> Members { get; init; } = [];
}
