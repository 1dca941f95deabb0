namespace SiteGen.Rendering.Views;

/// <summary>An author in a paper's byline.</summary>
/// <param name="Marks">Contribution marks this paper writes after the name (<c>*</c>, <c>†</c>); empty when none.</param>
/// <param name="Member">Whether the author is a member of the lab, which the theme highlights.</param>
public sealed record AuthorLinkView(string Name, string Url, string Marks, bool Member);
