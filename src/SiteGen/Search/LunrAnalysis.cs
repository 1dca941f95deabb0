namespace SiteGen.Search;

/// <summary>
/// Text to index terms, exactly as lunr 2.3.9's default pipeline makes them, after
/// <see cref="SearchText.Normalise"/>: JavaScript lowercasing, split on whitespace and hyphens, the trimmer
/// (leading and trailing non-ASCII-word characters, so a Greek or CJK word becomes the empty term, as in
/// lunr), English stop words dropped, then <see cref="LunrStemmer"/>.
/// </summary>
public static class LunrAnalysis
{
    /// <summary>lunr's 119 English stop words.</summary>
    public static IReadOnlySet<string> StopWords => StopWordSet;

    private static readonly HashSet<string> StopWordSet = new(
        """
        a able about across after all almost also am among an and any are as at be because been but by can
        cannot could dear did do does either else ever every for from get got had has have he her hers him his
        how however i if in into is it its just least let like likely may me might most must my neither no nor
        not of off often on only or other our own rather said say says she should since so some than that the
        their them then there these they this tis to too twas us wants was we were what when where which while
        who whom why will with would yet you your
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordsBySpan = StopWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The terms lunr's index pipeline (trimmer, stop words, stemmer) makes of a text, in order.</summary>
    public static List<string> IndexTerms(string? text)
    {
        var terms = new List<string>();
        Analyse(text, terms, null);
        return terms;
    }

    /// <summary>
    /// lunr's terms of a text into <paramref name="terms"/>, in order; with <paramref name="site"/>, also what only the
    /// site's own index holds: each word's <see cref="ScriptTerms"/>, and each written word whose stem differs from it
    /// (<c>quantization</c> for <c>quantiz</c>), so that every prefix of a written word can find its stem.
    /// </summary>
    internal static void Analyse(string? text, List<string> terms, SiteTerms? site)
    {
        if (string.IsNullOrEmpty(text)) return;
        var lowered = SearchText.JsLowerCase(SearchText.Normalise(text)).AsSpan();
        // The tokenizer and trimmer work on slices: only words never seen before are copied.
        var start = 0;
        for (var end = 0; end <= lowered.Length; end++)
        {
            if (end < lowered.Length && !IsSeparator(lowered[end])) continue;
            if (end > start)
            {
                var token = lowered[start..end];
                var trimmed = Trim(token);
                if (site is not null) ScriptTerms.Add(token, trimmed, site.Scripts);
                if (!StopWordsBySpan.Contains(trimmed))
                {
                    var stem = LunrStemmer.Stem(trimmed);
                    terms.Add(stem);
                    site?.AddSurface(trimmed, stem);
                }
            }
            start = end + 1;
        }
    }

    /// <summary>lunr's separator (its tokenizer cuts the lowercased text at each of these) <c>/[\s\-]+/</c>, with JavaScript's meaning of <c>\s</c>.</summary>
    private static bool IsSeparator(char c) => c switch
    {
        '-' or ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\u00A0' or '\u1680' or '\u2028' or '\u2029'
            or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>lunr's trimmer: <c>/^\W+/</c> and <c>/\W+$/</c> removed, where <c>\W</c> is not [A-Za-z0-9_].</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && !IsWordChar(token[start])) start++;
        while (end > start && !IsWordChar(token[end - 1])) end--;
        return token[start..end];
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
