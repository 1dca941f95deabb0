using SiteGen.Paths;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// Splits a long listing into pages of a fixed size, so that no listing page grows with the collection
/// (a 10,000-paper <c>/papers/</c> was one 7.5 MB page). The first page keeps the listing's address; see
/// <see cref="SitePaths.ListingPage"/> for the others.
/// </summary>
internal static class Listing
{
    // Numbered links either side of the current page; the first and last are always shown.
    private const int Window = 2;

    /// <summary>The items in pages of <paramref name="size"/>, at least one page (empty when there are no items).</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> items, int size) =>
        items.Count == 0 ? [[]] : [.. items.Chunk(size)];

    /// <summary>The pagination of page <paramref name="number"/> of <paramref name="count"/>; null when there is only one page.</summary>
    public static PaginationView? Of(string first, int number, int count, int total, SiteUrls urls)
    {
        if (count <= 1) return null;
        string Url(int n) => urls.Path(SitePaths.ListingPage(first, n));
        var links = new List<PageLinkView>();
        for (var n = 1; n <= count; n++)
        {
            if (n == 1 || n == count || Math.Abs(n - number) <= Window) links.Add(new PageLinkView(n, Url(n), n == number));
            else if (links[^1].Url is not null) links.Add(new PageLinkView(n, null, false));
        }
        return new PaginationView(number, count, total, number > 1 ? Url(number - 1) : null, number < count ? Url(number + 1) : null, links);
    }
}
