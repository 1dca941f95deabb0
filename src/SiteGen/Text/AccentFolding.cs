using System.Globalization;
using System.Text;

namespace SiteGen.Text;

/// <summary>
/// The one accent-folding table of SiteGen, shared by identity (<c>Model.TextKey</c>: author names, titles)
/// and search (<c>Search.SearchText</c>, mirrored by <c>theme/assets/search-core.js</c>): <c>Gwóźdź</c> is
/// <c>Gwozdz</c>, <c>Łukasz</c> is <c>Lukasz</c>, <c>ß</c> is <c>ss</c>. Case is kept; callers lowercase.
/// </summary>
public static class AccentFolding
{
    /// <summary>
    /// <paramref name="text"/> in Unicode compatibility decomposition (NFKD) without its combining marks, and with
    /// the letters of <see cref="Letter"/> spelled out. Not recomposed: callers that show or index text compose it again.
    /// </summary>
    public static string Fold(string text)
    {
        // ASCII has nothing to decompose, no marks and none of the letters: most names and titles are ASCII.
        if (Ascii.IsValid(text)) return text;
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (Letter(c) is { } folded) sb.Append(folded);
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Letters that carry their mark inside the letter, so decomposition leaves them alone, in Latin
    /// letters; null for every other character. Changing this table changes search terms: keep
    /// <c>theme/assets/search-core.js</c> in step.
    /// </summary>
    public static string? Letter(char c) => c switch
    {
        'ł' => "l", 'Ł' => "L",
        'ø' => "o", 'Ø' => "O",
        'đ' => "d", 'Đ' => "D",
        'ð' => "d", 'Ð' => "D",
        'ħ' => "h", 'Ħ' => "H",
        'ı' => "i",
        'ß' => "ss", 'ẞ' => "SS",
        'æ' => "ae", 'Æ' => "AE",
        'œ' => "oe", 'Œ' => "OE",
        'þ' => "th", 'Þ' => "TH",
        _ => null,
    };
}
