using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/topics.liquid</c>: every topic, by title.</summary>
public sealed record TopicsPageView(IReadOnlyList<TopicView> Topics) : PageView;
