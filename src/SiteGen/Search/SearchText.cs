using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Search;

/// <summary>
/// The normalisation every searched text goes through before lunr's analysis, at build time and in the
/// browser alike (<c>theme/assets/search-core.js</c> does the same steps): Unicode NFKC, accents and other
/// letter marks folded (<c>Gwóźdź</c> to <c>Gwozdz</c>, <c>Łukasz</c> to <c>Lukasz</c>, <c>ß</c> to <c>ss</c>),
/// and the possessive <c>'s</c> dropped so that <c>transformer's</c> finds <c>transformer</c>.
/// </summary>
public static partial class SearchText
{
    public static string Normalise(string text)
    {
        // Most text is ASCII, which every normalisation form leaves alone.
        if (System.Text.Ascii.IsValid(text)) return Possessive().Replace(text, "$1");
        var decomposed = text.Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var folded = Fold(c);
            if (folded is null) sb.Append(c);
            else sb.Append(folded);
        }
        // Composing again keeps scripts whose letters decompose into other letters (Hangul) intact.
        return Possessive().Replace(sb.ToString().Normalize(NormalizationForm.FormC), "$1");
    }

    /// <summary>Letters that carry their mark inside the letter, so decomposition leaves them alone.</summary>
    private static string? Fold(char c) => c switch
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

    // ASCII word characters on purpose: the same pattern must mean the same in JavaScript.
    [GeneratedRegex("([A-Za-z0-9_])['\u2019][sS](?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    /// <summary>
    /// JavaScript's <c>String.prototype.toLowerCase</c>, which lunr's tokenizer uses: .NET's invariant
    /// lowercasing agrees except for <c>İ</c> (two characters in JavaScript) and a word-final capital sigma.
    /// </summary>
    public static string JsLowerCase(string text)
    {
        var lower = text.Replace("\u0130", "i\u0307", StringComparison.Ordinal).ToLowerInvariant();
        if (!text.Contains('\u03A3', StringComparison.Ordinal)) return lower;
        var chars = lower.ToCharArray();
        var offset = 0;  // İ made the lowercase text longer than the original before this point
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\u0130') offset++;
            else if (text[i] == '\u03A3' && IsFinalSigma(text, i)) chars[i + offset] = '\u03C2';
        }
        return new string(chars);
    }

    // Unicode's Final_Sigma: a cased letter before (skipping case-ignorable marks), none after.
    private static bool IsFinalSigma(string text, int at)
    {
        var before = at - 1;
        while (before >= 0 && IsCaseIgnorable(text[before])) before--;
        if (before < 0 || !IsCased(text[before])) return false;
        var after = at + 1;
        while (after < text.Length && IsCaseIgnorable(text[after])) after++;
        return after >= text.Length || !IsCased(text[after]);
    }

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) =>
        c is '\'' or '.' or ':' or '^' or '`' or '\u00B7' or '\u2019' ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
}
