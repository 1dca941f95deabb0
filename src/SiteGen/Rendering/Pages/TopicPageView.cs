using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/topic.liquid</c>: one topic and its papers (its subtopics' included), grouped by year, newest first.</summary>
public sealed record TopicPageView(TopicView Topic, IReadOnlyList<YearGroupView> Years) : PageView;
