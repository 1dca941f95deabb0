using System.Text;

namespace SiteGen.Search;

/// <summary>
/// The terms the site's own index adds for words lunr's trimmer empties or cuts (it keeps only ASCII letters and
/// digits at a word's ends, so <c>Соколов</c>, Greek, Arabic and CJK words become the empty term):
/// <list type="bullet">
/// <item>Chinese, Japanese and Korean runs as overlapping bigrams of characters (<c>王小明</c> is <c>王小</c>,
/// <c>小明</c>; a lone character is itself), since these scripts do not separate words by spaces;</item>
/// <item>a word of any other script that ends or begins with a non-ASCII letter, whole and unstemmed
/// (lunr's stemmer is English).</item>
/// </list>
/// A word is cut into pieces at every character that is not a letter, digit, mark or <c>_</c>.
/// <c>theme/assets/search-core.js</c> (<c>scriptTerms</c>) does the same to a query word.
/// </summary>
internal static class ScriptTerms
{
    /// <summary>
    /// Adds the script terms of a lowercased, normalised token to <paramref name="into"/>; <paramref name="lunrWord"/>
    /// is what lunr's trimmer left of it, which lunr's own terms already cover.
    /// </summary>
    public static void Add(ReadOnlySpan<char> token, ReadOnlySpan<char> lunrWord, List<string> into)
    {
        if (Ascii.IsValid(token)) return;
        var pieceStart = -1;
        for (var i = 0; i <= token.Length;)
        {
            var rune = Rune.ReplacementChar;
            var length = 1;
            if (i < token.Length) Rune.DecodeFromUtf16(token[i..], out rune, out length);
            var inPiece = i < token.Length && IsWordRune(rune);
            if (inPiece && pieceStart < 0) pieceStart = i;
            if (!inPiece && pieceStart >= 0)
            {
                AddPiece(token[pieceStart..i], lunrWord, into);
                pieceStart = -1;
            }
            i += length;
        }
    }

    private static void AddPiece(ReadOnlySpan<char> piece, ReadOnlySpan<char> lunrWord, List<string> into)
    {
        var runes = new List<Rune>();
        foreach (var r in piece.EnumerateRunes()) runes.Add(r);
        var start = 0;
        while (start < runes.Count)
        {
            var cjk = IsCjk(runes[start]);
            var end = start;
            while (end < runes.Count && IsCjk(runes[end]) == cjk) end++;
            if (cjk) Bigrams(runes, start, end, into);
            else
            {
                var run = string.Concat(runes.Skip(start).Take(end - start).Select(r => r.ToString()));
                var foreign = !char.IsAscii(run[0]) || !char.IsAscii(run[^1]);
                if (foreign && !run.AsSpan().SequenceEqual(lunrWord)) into.Add(run);
            }
            start = end;
        }
    }

    private static void Bigrams(List<Rune> runes, int start, int end, List<string> into)
    {
        if (end - start == 1) into.Add(runes[start].ToString());
        for (var i = start; i + 1 < end; i++) into.Add(runes[i].ToString() + runes[i + 1].ToString());
    }

    /// <summary>Letters, digits, marks and <c>_</c>: JavaScript's <c>/[\p{L}\p{N}\p{M}_]/u</c>.</summary>
    private static bool IsWordRune(Rune r) => r.Value == '_' || Rune.GetUnicodeCategory(r) switch
    {
        >= System.Globalization.UnicodeCategory.UppercaseLetter and <= System.Globalization.UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    /// <summary>Han (with its extensions and compatibility ideographs), Hiragana, Katakana and Hangul.</summary>
    public static bool IsCjk(Rune r) => r.Value switch
    {
        >= 0x1100 and <= 0x11FF => true,     // Hangul Jamo
        >= 0x3040 and <= 0x30FF => true,     // Hiragana, Katakana
        >= 0x3130 and <= 0x318F => true,     // Hangul compatibility Jamo
        >= 0x31F0 and <= 0x31FF => true,     // Katakana phonetic extensions
        >= 0x3400 and <= 0x4DBF => true,     // Han extension A
        >= 0x4E00 and <= 0x9FFF => true,     // Han
        >= 0xAC00 and <= 0xD7AF => true,     // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true,     // Han compatibility
        >= 0x20000 and <= 0x3FFFF => true,   // Han extensions B and later
        _ => false,
    };
}
