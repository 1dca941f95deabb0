using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Text;

namespace SiteGen.Search;

/// <summary>
/// The normalisation every searched text goes through before lunr's analysis, at build time and in the
/// browser alike (<c>theme/assets/search-core.js</c> does the same steps): Unicode NFKC, accents and other
/// letter marks folded by <see cref="AccentFolding"/> (<c>Gwóźdź</c> to <c>Gwozdz</c>, <c>ß</c> to <c>ss</c>),
/// apostrophe, quote and dash variants made one character (<see cref="FoldPunctuation"/>), and the possessive
/// <c>'s</c> dropped so that <c>transformer's</c> finds <c>transformer</c>.
/// </summary>
public static partial class SearchText
{
    public static string Normalise(string text)
    {
        // Most text is ASCII, which every normalisation form leaves alone.
        if (System.Text.Ascii.IsValid(text)) return Possessive().Replace(text, "$1");
        // Folding decomposes with NFKD, which is what NFKC then NFD (the browser's steps) give; composing
        // again keeps scripts whose letters decompose into other letters (Hangul) intact.
        var folded = FoldPunctuation(AccentFolding.Fold(text).Normalize(NormalizationForm.FormC));
        return Possessive().Replace(folded, "$1");
    }

    /// <summary>
    /// Apostrophes (<c>’ ‘ ʼ ′</c>) to <c>'</c>, double quotes (<c>“ ” „ ″</c>) to <c>"</c>, hyphens and dashes
    /// (<c>‐ ‑ ‒ – — ―</c>) to <c>-</c>: <c>O’Rourke</c> and <c>O'Rourke</c> are one word, and a dash separates
    /// words as a hyphen does.
    /// </summary>
    public static string FoldPunctuation(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
                >= '\u2010' and <= '\u2015' => '-',
                var c => c,
            };
        }
    });

    // ASCII word characters on purpose: the same pattern must mean the same in JavaScript.
    [GeneratedRegex("([A-Za-z0-9_])'[sS](?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
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
