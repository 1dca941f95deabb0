namespace SiteGen.Rendering.Views;

/// <summary>
/// Where a listing page sits among the pages of its listing (<c>/papers/</c>, a topic, an author, the author
/// index): its number (from 1), how many there are, links to the previous and next pages (null at the ends)
/// and a window of numbered links (the first, the last and two either side of this one; a null
/// <see cref="PageLinkView.Url"/> marks a gap). <see cref="Total"/> counts the items of the whole listing.
/// </summary>
public sealed record PaginationView(int Number, int Count, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLinkView> Pages);

/// <summary>One numbered link of a <see cref="PaginationView"/>; <see cref="Url"/> is null for a gap (…).</summary>
public sealed record PageLinkView(int Number, string? Url, bool Current);
