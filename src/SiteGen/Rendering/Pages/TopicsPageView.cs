using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/topics.liquid</c>: every topic, by title.</summary>
public sealed record TopicsPageView(IReadOnlyList<TopicView> Topics) : PageView
{
    /// <summary>The hierarchy: each top-level topic by title with all topics below it, as the home page's sidebar shows it.</summary>
    public IReadOnlyList<TopicFamilyView> Families { get; init; } = [];
}
