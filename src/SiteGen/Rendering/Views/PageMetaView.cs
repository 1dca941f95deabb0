using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>One <c>&lt;meta&gt;</c> tag: <c>name</c> or <c>property</c> (Open Graph) and its content, escaped by the template.</summary>
public sealed record MetaTagView(string Attribute, string Key, string Content);

/// <summary>What the layout needs to know about the page it wraps, including what goes into its head.</summary>
public sealed record PageMetaView(string Title, string Description, string Url, string Section)
{
    /// <summary>The page's full address; null when the base URL is only a path.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>An Atom feed of this page's papers (a topic's), besides the site's own.</summary>
    public string? FeedUrl { get; init; }

    /// <summary>An iCalendar feed of this page's events (the reading group's meetings).</summary>
    public string? CalendarUrl { get; init; }

    /// <summary>Open Graph type: website, article or profile.</summary>
    public string Type { get; init; } = "website";

    /// <summary>Page-specific tags, such as Google Scholar's <c>citation_*</c> on paper pages.</summary>
    public IReadOnlyList<MetaTagView> Meta { get; init; } = [];

    /// <summary>Where this page sits in a listing split over several pages; null for a page that is whole.</summary>
    public PaginationView? Pagination { get; init; }

    /// <summary>The picture of this page's link preview (<c>og:image</c>): the paper's own, else the site's; null without one.</summary>
    public PreviewImage? Image { get; init; }

    /// <summary>JSON-LD, serialised with every HTML-significant character escaped, safe inside a script element.</summary>
    public string? JsonLdHtml { get; init; }
}
