namespace SiteGen.Rendering.Views;

/// <summary>What a list of papers shows of one paper. Built once per paper and shared by every list.</summary>
/// <param name="Actions">The card's links, in this order and only those the paper has: PDF, Code, arXiv, BibTeX (the paper page's Cite section).</param>
/// <param name="Abstract">The abstract as cards show it, at most <see cref="CardAbstract.Limit"/> characters (see <see cref="AbstractCut"/>); null without one.</param>
/// <param name="AbstractCut">Whether <see cref="Abstract"/> was cut at a word (it then ends in "…" and the card links the paper for the rest).</param>
public sealed record PaperCardView(
    string Title,
    string Url,
    IReadOnlyList<AuthorLinkView> Authors,
    string Date,
    int Year,
    string? Venue,
    IReadOnlyList<LinkView> Topics,
    int? Upvotes,
    IReadOnlyList<LinkView> Actions,
    string? Abstract,
    bool AbstractCut);
