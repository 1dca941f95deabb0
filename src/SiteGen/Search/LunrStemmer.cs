using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace SiteGen.Search;

/// <summary>
/// The Porter stemmer exactly as lunr 2.3.9 runs it, quirks included: its vowel/consonant classes treat
/// <c>y</c> as a vowel only after a consonant, step 1c turns a final <c>y</c> into <c>i</c> only after a
/// consonant (<c>sky</c> to <c>ski</c>, but <c>survey</c> stays), and step 2 knows <c>bli</c> and <c>logi</c>.
/// Proven equal to <c>lunr.stemmer</c> word for word on Debian's English word list by the search tests;
/// <c>theme/assets/search-core.js</c> is the same algorithm for the browser.
/// </summary>
public static class LunrStemmer
{
    // Porter's notation: C a run of consonants, V a run of vowels; "measure" m counts VC pairs.
    private const string Consonant = "[^aeiou]";
    private const string Vowel = "[aeiouy]";
    private const string ConsonantRun = Consonant + "[^aeiouy]*";
    private const string VowelRun = Vowel + "[aeiou]*";

    private static readonly Regex MeasureAbove0 = Make($"^({ConsonantRun})?{VowelRun}{ConsonantRun}");
    private static readonly Regex MeasureIs1 = Make($"^({ConsonantRun})?{VowelRun}{ConsonantRun}({VowelRun})?$");
    private static readonly Regex MeasureAbove1 = Make($"^({ConsonantRun})?{VowelRun}{ConsonantRun}{VowelRun}{ConsonantRun}");
    private static readonly Regex HasVowel = Make($"^({ConsonantRun})?{Vowel}");
    // *o: consonant-vowel-consonant at the end, the last not w, x or y.
    private static readonly Regex EndsCvc = Make($"^{ConsonantRun}{Vowel}[^aeiouwxy]$");

    private static readonly Regex Step1aSses = Make("^(.+?)(ss|i)es$");
    private static readonly Regex Step1aS = Make("^(.+?)([^s])s$");
    private static readonly Regex Step1bEed = Make("^(.+?)eed$");
    private static readonly Regex Step1bEdIng = Make("^(.+?)(ed|ing)$");
    private static readonly Regex LastChar = Make(".$");
    private static readonly Regex EndsAtBlIz = Make("(at|bl|iz)$");
    private static readonly Regex EndsDoubleConsonant = Make("([^aeiouylsz])\\1$");
    private static readonly Regex Step1cY = Make("^(.+?[^aeiou])y$");
    private static readonly Regex Step2 = Make("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static readonly Regex Step3 = Make("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$");
    private static readonly Regex Step4 = Make("^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$");
    private static readonly Regex Step4Ion = Make("^(.+?)(s|t)(ion)$");
    private static readonly Regex Step5E = Make("^(.+?)e$");
    private static readonly Regex EndsLl = Make("ll$");

    private static readonly Dictionary<string, string> Step2Suffixes = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize",
        ["bli"] = "ble", ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous",
        ["ization"] = "ize", ["ation"] = "ate", ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive",
        ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al", ["iviti"] = "ive", ["biliti"] = "ble",
        ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3Suffixes = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    };

    // A collection repeats its words endlessly; stemming each distinct word once makes analysis cheap.
    // Bounded, since serve lives long; counted apart because ConcurrentDictionary.Count takes every lock.
    private const int CacheLimit = 1_000_000;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CacheBySpan =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _cached;

    public static string Stem(string word) => word.Length < 3 ? word : Stem(word.AsSpan());

    /// <summary>Stems a slice of a longer text without copying it when the word was seen before.</summary>
    public static string Stem(ReadOnlySpan<char> word)
    {
        if (CacheBySpan.TryGetValue(word, out var stem)) return stem;
        var text = word.ToString();
        stem = text.Length < 3 ? text : Compute(text);
        if (Volatile.Read(ref _cached) < CacheLimit && Cache.TryAdd(text, stem)) Interlocked.Increment(ref _cached);
        return stem;
    }

    private static string Compute(string word)
    {
        // An initial y is a consonant: upper case keeps it out of the vowel classes until the end.
        var initialY = word[0] == 'y';
        var w = initialY ? "Y" + word[1..] : word;

        // Step 1a: plurals.
        if (Step1aSses.Match(w) is { Success: true } m1a) w = m1a.Groups[1].Value + m1a.Groups[2].Value;
        else if (Step1aS.Match(w) is { Success: true } m1s) w = m1s.Groups[1].Value + m1s.Groups[2].Value;

        // Step 1b: -eed, -ed, -ing.
        if (Step1bEed.Match(w) is { Success: true } eed)
        {
            if (MeasureAbove0.IsMatch(eed.Groups[1].Value)) w = w[..^1];
        }
        else if (Step1bEdIng.Match(w) is { Success: true } ed && HasVowel.IsMatch(ed.Groups[1].Value))
        {
            w = ed.Groups[1].Value;
            if (EndsAtBlIz.IsMatch(w)) w += "e";
            else if (EndsDoubleConsonant.IsMatch(w)) w = LastChar.Replace(w, "");
            else if (EndsCvc.IsMatch(w)) w += "e";
        }

        // Step 1c: y to i after a consonant.
        if (Step1cY.Match(w) is { Success: true } y) w = y.Groups[1].Value + "i";

        // Steps 2 and 3: double and derivational suffixes, when what remains has a measure above 0.
        if (Step2.Match(w) is { Success: true } s2 && MeasureAbove0.IsMatch(s2.Groups[1].Value))
            w = s2.Groups[1].Value + Step2Suffixes[s2.Groups[2].Value];
        if (Step3.Match(w) is { Success: true } s3 && MeasureAbove0.IsMatch(s3.Groups[1].Value))
            w = s3.Groups[1].Value + Step3Suffixes[s3.Groups[2].Value];

        // Step 4: suffixes dropped when the measure stays above 1.
        if (Step4.Match(w) is { Success: true } s4)
        {
            if (MeasureAbove1.IsMatch(s4.Groups[1].Value)) w = s4.Groups[1].Value;
        }
        else if (Step4Ion.Match(w) is { Success: true } ion)
        {
            var stem = ion.Groups[1].Value + ion.Groups[2].Value;
            if (MeasureAbove1.IsMatch(stem)) w = stem;
        }

        // Step 5: a final e, and a double l.
        if (Step5E.Match(w) is { Success: true } e)
        {
            var stem = e.Groups[1].Value;
            if (MeasureAbove1.IsMatch(stem) || (MeasureIs1.IsMatch(stem) && !EndsCvc.IsMatch(stem))) w = stem;
        }
        if (EndsLl.IsMatch(w) && MeasureAbove1.IsMatch(w)) w = LastChar.Replace(w, "");

        return initialY ? "y" + w[1..] : w;
    }

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant);
}
