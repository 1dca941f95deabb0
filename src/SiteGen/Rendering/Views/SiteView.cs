namespace SiteGen.Rendering.Views;

/// <summary>What every page knows about the site: its name, navigation and totals.</summary>
public sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string HomeUrl,
    IReadOnlyList<LinkView> Nav,
    int PaperCount,
    int TopicCount,
    int AuthorCount,
    string BibtexUrl,
    string? FeedUrl,
    string SearchUrl);
