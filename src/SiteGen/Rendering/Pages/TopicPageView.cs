using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/topic.liquid</c>: one topic and its papers (its subtopics' included), grouped by year, newest first.</summary>
public sealed record TopicPageView(TopicView Topic, IReadOnlyList<YearGroupView> Years) : PageView
{
    /// <summary>Papers here that say they survey this topic (<c>survey-of</c>).</summary>
    public IReadOnlyList<LinkView> Surveys { get; init; } = [];
    /// <summary>The relations among this topic's papers, as sentences: the accessible form of <see cref="RelationGraphHtml"/>.</summary>
    public IReadOnlyList<RelationEdgeView> Relations { get; init; } = [];
    /// <summary>The same relations drawn as an inline SVG, built at build time; empty when there are none or too many to draw.</summary>
    public string RelationGraphHtml { get; init; } = "";
    /// <summary>The reading paths that have papers of this topic as steps, by title.</summary>
    public IReadOnlyList<LinkView> Paths { get; init; } = [];
}
