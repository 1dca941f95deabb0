using System.Collections.Frozen;
using System.Text;

namespace SiteGen.Bibtex;

/// <summary>
/// Turns the LaTeX found in BibTeX values into plain Unicode text: accents (<c>{\"o}</c>, <c>\'e</c>,
/// <c>\v{s}</c>), letters (<c>{\ss}</c>, <c>\o</c>, <c>\l</c>), escapes (<c>\&amp;</c>, <c>\%</c>), dashes,
/// ties, font commands (their argument is kept) and math, which stays readable (<c>$\times$</c> is ×).
/// </summary>
public static class Latex
{
    private static readonly FrozenDictionary<char, char> Accents = new Dictionary<char, char>
    {
        ['`'] = '\u0300', ['\''] = '\u0301', ['^'] = '\u0302', ['~'] = '\u0303', ['='] = '\u0304', ['u'] = '\u0306',
        ['.'] = '\u0307', ['"'] = '\u0308', ['r'] = '\u030A', ['H'] = '\u030B', ['v'] = '\u030C', ['d'] = '\u0323',
        ['c'] = '\u0327', ['k'] = '\u0328', ['b'] = '\u0331',
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["l"] = "ł", ["L"] = "Ł", ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ",
        ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð", ["th"] = "þ", ["TH"] = "Þ",
        ["textendash"] = "–", ["textemdash"] = "—", ["textasciitilde"] = "~", ["textasciicircum"] = "^",
        ["textbackslash"] = "\\", ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["textregistered"] = "®",
        ["texttrademark"] = "™", ["copyright"] = "©", ["ldots"] = "…", ["dots"] = "…", ["LaTeX"] = "LaTeX", ["TeX"] = "TeX",
        ["times"] = "×", ["cdot"] = "·", ["pm"] = "±", ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥",
        ["neq"] = "≠", ["approx"] = "≈", ["sim"] = "∼", ["infty"] = "∞", ["rightarrow"] = "→", ["to"] = "→",
        ["leftarrow"] = "←", ["ell"] = "ℓ", ["nabla"] = "∇", ["partial"] = "∂", ["sum"] = "∑", ["prod"] = "∏",
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν",
        ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ", ["phi"] = "φ", ["varphi"] = "φ",
        ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ",
        ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Commands whose output is nothing but whose argument (if any) is dropped too.
    private static readonly FrozenSet<string> Dropped = new[] { "cite", "label", "footnote", "protect", "relax", "noopsort" }.ToFrozenSet(StringComparer.Ordinal);

    public static string ToText(string latex)
    {
        var sb = new StringBuilder(latex.Length);
        Append(latex, sb);
        return Collapse(sb.ToString()).Normalize(NormalizationForm.FormC);
    }

    private static void Append(string s, StringBuilder sb)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '\\':
                    i = Command(s, i, sb);
                    break;
                case '{' or '}' or '$':
                    break;
                case '~':
                    sb.Append(' ');
                    break;
                case '-' when At(s, i, "---"):
                    sb.Append('—');
                    i += 2;
                    break;
                case '-' when At(s, i, "--"):
                    sb.Append('–');
                    i += 1;
                    break;
                case '`' when At(s, i, "``"):
                    sb.Append('“');
                    i += 1;
                    break;
                case '\'' when At(s, i, "''"):
                    sb.Append('”');
                    i += 1;
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
    }

    /// <summary>Handles the command at <paramref name="i"/> (a backslash); returns the index of its last character.</summary>
    private static int Command(string s, int i, StringBuilder sb)
    {
        if (i + 1 >= s.Length) return i;
        var next = s[i + 1];

        // One-character accents: \"o, \"{o}, \'{\i}
        if (Accents.TryGetValue(next, out var mark) && !char.IsAsciiLetter(next))
            return Accent(s, i + 2, mark, sb);
        if (!char.IsAsciiLetter(next))
        {
            // \& \% \$ \# \_ \{ \} and "\ " (a space); "\\" is a line break.
            sb.Append(next is '\\' ? ' ' : next);
            return i + 1;
        }

        var end = i + 1;
        while (end < s.Length && char.IsAsciiLetter(s[end])) end++;
        var name = s[(i + 1)..end];
        // Letter accents need a separator: \v{s}, \c c; but \vec is not \v + "ec".
        if (name.Length == 1 && Accents.TryGetValue(name[0], out mark))
            return Accent(s, SkipSpaces(s, end), mark, sb);

        var after = name.Length > 0 && end < s.Length && s[end] == ' ' ? end : end - 1;
        if (Symbols.TryGetValue(name, out var symbol))
        {
            sb.Append(symbol);
            // "{}" right after a symbol command (\textasciicircum{}) is an empty argument. LaTeX eats the
            // space after any command word, but "2.4\times speedup" reads better with it kept.
            if (end + 1 < s.Length && s[end] == '{' && s[end + 1] == '}') return end + 1;
            return symbol.Length == 1 && char.IsLetter(symbol[0]) ? after : end - 1;
        }
        if (Dropped.Contains(name))
            return end < s.Length && s[end] == '{' ? Group(s, end).End : after;
        if (name == "href" && end < s.Length && s[end] == '{')
        {
            var url = Group(s, end);
            return url.End + 1 < s.Length && s[url.End + 1] == '{' ? AppendGroup(s, url.End + 1, sb) : url.End;
        }
        // Font and other one-argument commands (\emph, \textbf, \mathrm, \url, unknown ones): keep the argument.
        return end < s.Length && s[end] == '{' ? AppendGroup(s, end, sb) : after;
    }

    private static int Accent(string s, int at, char mark, StringBuilder sb)
    {
        if (at >= s.Length) return at - 1;
        string baseText;
        int last;
        if (s[at] == '{')
        {
            var (inner, end) = Group(s, at);
            var plain = new StringBuilder();
            Append(inner, plain);
            baseText = plain.ToString();
            last = end;
        }
        else if (s[at] == '\\')
        {
            var end = at + 1;
            while (end < s.Length && char.IsAsciiLetter(s[end])) end++;
            baseText = Symbols.GetValueOrDefault(s[(at + 1)..end], s[(at + 1)..end]);
            last = end - 1;
        }
        else
        {
            baseText = s[at].ToString();
            last = at;
        }
        // The dotless i and j exist only to carry accents: \'{\i} is í.
        baseText = baseText.Replace('ı', 'i').Replace('ȷ', 'j');
        if (baseText.Length == 0) sb.Append(mark);
        else sb.Append(baseText[0]).Append(mark).Append(baseText.AsSpan(1));
        return last;
    }

    private static int AppendGroup(string s, int open, StringBuilder sb)
    {
        var (inner, end) = Group(s, open);
        Append(inner, sb);
        return end;
    }

    /// <summary>The text inside the braces opening at <paramref name="open"/>, and the index of the closing brace.</summary>
    private static (string Inner, int End) Group(string s, int open)
    {
        var depth = 0;
        for (var i = open; i < s.Length; i++)
        {
            if (s[i] == '\\') { i++; continue; }
            if (s[i] == '{') depth++;
            else if (s[i] == '}' && --depth == 0) return (s[(open + 1)..i], i);
        }
        return (s[(open + 1)..], s.Length - 1);
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] == ' ') i++;
        return i;
    }

    private static bool At(string s, int i, string text) => string.CompareOrdinal(s, i, text, 0, text.Length) == 0;

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString().Trim();
    }
}
