using System.Globalization;

namespace SiteGen.Rendering.Views;

/// <summary>An author in a paper's byline.</summary>
/// <param name="Marks">Contribution marks this paper writes after the name (<c>*</c>, <c>†</c>); empty when none.</param>
/// <param name="Member">Whether the author is a member of the lab, which the theme highlights.</param>
/// <param name="Position">The author's place in the byline, from 1.</param>
public sealed record AuthorLinkView(string Name, string Url, string Marks, bool Member, int Position)
{
    /// <summary>
    /// <see cref="Position"/> as an English ordinal (<c>1st</c>, <c>2nd</c>, <c>11th</c>, <c>23rd</c>), which an author's
    /// page shows after that author on each card ("8th of 8").
    /// </summary>
    public string Ordinal => Position.ToString(CultureInfo.InvariantCulture) + (Position % 100 is 11 or 12 or 13 ? "th" : (Position % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });
}
