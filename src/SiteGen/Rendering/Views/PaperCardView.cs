namespace SiteGen.Rendering.Views;

/// <summary>What a list of papers shows of one paper. Built once per paper and shared by every list.</summary>
public sealed record PaperCardView(
    string Title,
    string Url,
    IReadOnlyList<AuthorLinkView> Authors,
    string Date,
    int Year,
    string? Venue,
    IReadOnlyList<LinkView> Topics,
    int? Upvotes);
