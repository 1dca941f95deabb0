namespace SiteGen.Rendering.Views;

/// <summary>What every page knows about the site: its name, navigation, totals and the links every page may use.</summary>
/// <param name="PapersUrl">The list of all papers by year.</param>
/// <param name="FeedUrl">The site's Atom feed; null when the base URL is only a path (no feeds then).</param>
public sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string HomeUrl,
    string PapersUrl,
    string TopicsUrl,
    string AuthorsUrl,
    IReadOnlyList<LinkView> Nav,
    int PaperCount,
    int TopicCount,
    int AuthorCount,
    string BibtexUrl,
    string? FeedUrl,
    string SearchUrl);
