using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// ORCID iDs (<c>0000-0002-1825-0097</c>): four groups of four digits, the last character a check digit
/// (ISO 7064 MOD 11-2, which writes 10 as <c>X</c>), so a mistyped digit is caught before it reaches JSON-LD.
/// </summary>
internal static partial class Orcid
{
    [GeneratedRegex(@"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")]
    private static partial Regex Shape();

    /// <summary>The check character of the first 15 digits (hyphens skipped), per ISO 7064 MOD 11-2.</summary>
    public static char CheckDigit(string id)
    {
        var total = 0;
        foreach (var c in id[..^1].Where(char.IsAsciiDigit)) total = (total + (c - '0')) * 2;
        var result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char)('0' + result);
    }

    /// <summary>Reads the <c>orcid</c> key; a wrong shape or check digit is an error at its value.</summary>
    public static string? Read(FrontMatter fields, DiagnosticBag bag)
    {
        var text = fields.Text("orcid", bag);
        if (text is null) return null;
        var link = IdentifierLinks.Orcid("");
        var bare = text.StartsWith(link, StringComparison.OrdinalIgnoreCase) ? text[link.Length..] : text;
        if (Shape().IsMatch(bare) && bare != text)
            bag.Error(fields.Path, fields.PositionOf("orcid"), DiagnosticCode.Orcid, $"'orcid' is the iD without its link: write \"{bare}\"");
        else if (!Shape().IsMatch(bare))
            bag.Error(fields.Path, fields.PositionOf("orcid"), DiagnosticCode.Orcid, $"'orcid' is not an ORCID iD: \"{text}\" (write it as 0000-0002-1825-0097)");
        else if (CheckDigit(bare) != bare[^1])
            bag.Error(fields.Path, fields.PositionOf("orcid"), DiagnosticCode.Orcid,
                $"'orcid' {bare} has a wrong check digit (it would end in {CheckDigit(bare)}); a digit is mistyped: copy the iD from orcid.org");
        else
            return bare;
        return null;
    }
}
