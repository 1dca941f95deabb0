namespace SiteGen.Rendering.Views;

/// <summary>A topic with its place in the hierarchy; <see cref="BodyHtml"/> is sanitised HTML.</summary>
public sealed record TopicView(
    string Slug,
    string Title,
    string Url,
    string Description,
    int Count,
    LinkView? Parent,
    IReadOnlyList<LinkView> Children,
    string BodyHtml,
    string BibtexUrl,
    string? FeedUrl);
