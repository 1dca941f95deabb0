using System.Text;

namespace SiteGen.Bibtex;

/// <summary>
/// Splits a BibTeX <c>author</c> field into display names (<c>First von Last, Jr</c> becomes
/// <c>First von Last Jr</c>), following BibTeX's rules: <c>and</c> separates names at brace depth 0,
/// <c>Last, First</c> and <c>Last, Jr, First</c> forms, lowercase words are the <c>von</c> part,
/// a braced group is one word, and <c>and others</c> means the list was cut short. Contribution marks
/// (<c>*</c>, <c>†</c>, <c>‡</c>, <c>§</c>, <c>#</c>) after any part of a name end the display name, where SiteGen's
/// author syntax reads them as that paper's marks: <c>Doe*, Jane</c> is <c>Jane Doe*</c>.
/// </summary>
public static class BibtexNames
{
    private const string Marks = "*†‡§#";

    /// <param name="field">The <c>author</c> or <c>editor</c> field as written.</param>
    /// <param name="warn">Told, in words, about each name read differently from how it looks (a trailing comma, an unknown command).</param>
    public static (IReadOnlyList<string> Names, bool Truncated) Split(string field, Action<string>? warn = null)
    {
        var names = new List<string>();
        var truncated = false;
        foreach (var raw in SplitAtDepthZero(field, " and "))
        {
            var name = raw.Trim();
            if (name.Length == 0) continue;
            if (name.Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                truncated = true;
                continue;
            }
            names.Add(Display(name, warn));
        }
        return (names, truncated);
    }

    private static string Display(string name, Action<string>? warn)
    {
        var parts = SplitAtDepthZero(name, ",").Select(p => p.Trim()).ToList();
        // "Doe-Roe, Jane, and Poe, Kim": biber drops the empty part after a trailing comma, so "Jane" stays the first name.
        if (parts.Count > 1 && parts[^1].Length == 0)
        {
            parts.RemoveAt(parts.Count - 1);
            warn?.Invoke($"the name \"{name}\" ends with a comma; read as \"{string.Join(", ", parts)}\"");
        }
        string first, von, last, jr = "";
        if (parts.Count == 1)
        {
            var words = Words(parts[0]);
            // "First von Last": von starts at the first lowercase word before the last word.
            var vonStart = words.FindIndex(0, Math.Max(0, words.Count - 1), IsLowercase);
            if (vonStart < 0)
            {
                first = string.Join(' ', words.Take(words.Count - 1));
                von = "";
                last = words.Count > 0 ? words[^1] : "";
            }
            else
            {
                var vonEnd = words.FindLastIndex(words.Count - 2, words.Count - 1 - vonStart, IsLowercase);
                first = string.Join(' ', words.Take(vonStart));
                von = string.Join(' ', words.Skip(vonStart).Take(vonEnd - vonStart + 1));
                last = string.Join(' ', words.Skip(vonEnd + 1));
            }
        }
        else
        {
            // "von Last, First" or "von Last, Jr, First".
            var head = Words(parts[0]);
            var vonEnd = head.Count < 2 ? -1 : head.FindLastIndex(head.Count - 2, head.Count - 1, IsLowercase);
            von = vonEnd >= 0 ? string.Join(' ', head.Take(vonEnd + 1)) : "";
            last = string.Join(' ', head.Skip(vonEnd + 1));
            first = parts[^1];
            if (parts.Count >= 3) jr = parts[1];
        }
        var display = string.Join(' ', new[] { first, von, last, jr }.Where(p => p.Length > 0));
        return WithMarksLast(Latex.ToText(display, (_, command) => warn?.Invoke($"unknown LaTeX command \\{command} in the name \"{name}\"; kept as written")));
    }

    /// <summary>Marks written after any word of a name (<c>Jane* Doe</c>) moved to its end (<c>Jane Doe*</c>).</summary>
    private static string WithMarksLast(string name)
    {
        var words = name.Split(' ');
        var marks = "";
        for (var i = 0; i < words.Length; i++)
        {
            var bare = words[i].TrimEnd(Marks.ToCharArray());
            // A word of marks only ("Jane Doe *") is marks too.
            marks += words[i][bare.Length..];
            words[i] = bare;
        }
        return string.Join(' ', words.Where(w => w.Length > 0)) + marks;
    }

    /// <summary>
    /// A word's case is that of its first letter at brace depth 0; a group starting with a command,
    /// such as <c>{\"u}ber</c>, counts as the letter it makes. Other braced text has no case.
    /// </summary>
    private static bool IsLowercase(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '{')
            {
                var close = ClosingBrace(word, i);
                if (i + 1 < word.Length && word[i + 1] == '\\')
                    return Latex.ToText(word[i..(close + 1)]).FirstOrDefault(char.IsLetter) is var letter && char.IsLower(letter);
                i = close;
                continue;
            }
            if (char.IsLetter(c)) return char.IsLower(c);
        }
        return false;
    }

    private static int ClosingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return i;
        }
        return text.Length - 1;
    }

    private static List<string> Words(string text) =>
        [.. SplitAtDepthZero(text, " ").Select(w => w.Trim()).Where(w => w.Length > 0)];

    private static List<string> SplitAtDepthZero(string text, string separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        var normalised = text.ReplaceLineEndings(" ").Replace('\t', ' ');
        for (var i = 0; i < normalised.Length; i++)
        {
            var c = normalised[i];
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (depth == 0 && string.Compare(normalised, i, separator, 0, separator.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                parts.Add(normalised[start..i]);
                start = i + separator.Length;
                i = start - 1;
            }
        }
        parts.Add(normalised[start..]);
        return parts;
    }
}
