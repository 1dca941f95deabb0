using System.Collections.Frozen;
using System.Text;

namespace SiteGen.Bibtex;

/// <summary>
/// Turns the LaTeX found in BibTeX values into plain Unicode text: accents (<c>{\"o}</c>, <c>\'e</c>,
/// <c>\v{s}</c>; on an empty group, the accent itself: <c>{\^{}}</c> is ^), letters (<c>{\ss}</c>, <c>\o</c>),
/// escapes (<c>\&amp;</c>, <c>\%</c>), dashes, ties and spacing commands, font commands (their argument is
/// kept), symbol commands (<see cref="LatexSymbols"/>) and math, which stays readable: <c>$</c>, <c>\( \)</c> and
/// <c>\[ \]</c> vanish, <c>$\times$</c> is ×, <c>AC$^0$</c> is AC⁰. As in LaTeX, a control word eats the spaces after
/// it (<c>Long\textendash Term</c> is Long–Term), except a math symbol: abstracts write <c>2.4\times speedup</c> outside
/// math, which LaTeX would refuse, and it reads as meant only with the space kept.
/// </summary>
public static class Latex
{
    // TeX's text ligatures, longest first: "---" is an em dash before "--" can be an en dash.
    private static readonly (string Text, char Glyph)[] Ligatures = [("---", '—'), ("--", '–'), ("``", '“'), ("''", '”')];

    private static readonly FrozenDictionary<char, char> Accents = new Dictionary<char, char>
    {
        ['`'] = '\u0300', ['\''] = '\u0301', ['^'] = '\u0302', ['~'] = '\u0303', ['='] = '\u0304', ['u'] = '\u0306',
        ['.'] = '\u0307', ['"'] = '\u0308', ['r'] = '\u030A', ['H'] = '\u030B', ['v'] = '\u030C', ['d'] = '\u0323',
        ['c'] = '\u0327', ['k'] = '\u0328', ['b'] = '\u0331',
    }.ToFrozenDictionary();

    // An accent on nothing ({\^{}}, {\~{}}) is the accent mark as a character of its own.
    private static readonly FrozenDictionary<char, char> SpacingAccents = new Dictionary<char, char>
    {
        ['`'] = '`', ['\''] = '´', ['^'] = '^', ['~'] = '~', ['='] = '¯', ['u'] = '˘', ['.'] = '˙', ['"'] = '¨',
        ['r'] = '˚', ['H'] = '˝', ['v'] = 'ˇ', ['d'] = '.', ['c'] = '¸', ['k'] = '˛', ['b'] = '_',
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, char> Superscripts = new Dictionary<char, char>
    {
        ['0'] = '⁰', ['1'] = '¹', ['2'] = '²', ['3'] = '³', ['4'] = '⁴', ['5'] = '⁵', ['6'] = '⁶', ['7'] = '⁷', ['8'] = '⁸',
        ['9'] = '⁹', ['+'] = '⁺', ['-'] = '⁻', ['='] = '⁼', ['('] = '⁽', [')'] = '⁾', ['n'] = 'ⁿ', ['i'] = 'ⁱ',
    }.ToFrozenDictionary();

    // Commands whose output is nothing and whose argument (if any) is dropped too.
    private static readonly FrozenSet<string> Dropped = new[]
    {
        "cite", "citep", "citet", "nocite", "label", "ref", "footnote", "index", "protect", "relax", "noopsort", "newblock",
        "vspace", "hspace", "bibinfo", "bibfield",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Font, case and box commands: their argument (if any) is the text. Font switches ({\em x}) have none.
    private static readonly FrozenSet<string> Kept = new[]
    {
        "emph", "textbf", "textit", "texttt", "textsc", "textsf", "textsl", "textrm", "textmd", "textup", "textnormal",
        "textsubscript", "mathrm", "mathbf", "mathit", "mathcal", "mathbb", "mathsf", "mathtt", "mathfrak", "mathnormal",
        "boldsymbol", "bm", "operatorname", "ensuremath", "mbox", "hbox", "text", "url", "nolinkurl", "path", "NoCaseChange",
        "MakeUppercase", "MakeLowercase", "uppercase", "lowercase", "em", "bf", "it", "sc", "sf", "rm", "tt", "sl", "up",
        "bfseries", "itshape", "scshape", "upshape", "slshape", "mdseries", "normalfont", "small", "large", "Large",
        "footnotesize", "scriptsize", "tiny", "normalsize", "left", "right", "big", "Big", "bigl", "bigr", "displaystyle",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Spacing commands, word-like ones; \, \; \: \! and "\ " are handled with the other one-character commands.
    private static readonly FrozenSet<string> Spaces = new[] { "quad", "qquad", "enspace", "thinspace", "space", "nobreakspace" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The text of <paramref name="latex"/>, whitespace collapsed, in Unicode NFC.</summary>
    public static string ToText(string latex) => ToText(latex, null);

    /// <param name="latex">A BibTeX value, braces and commands still in it.</param>
    /// <param name="unknownCommand">
    /// Called with the offset in <paramref name="latex"/> of the backslash and the name of each command this reader
    /// does not know; such a command is kept in the text as written (<c>\foo</c>), or by its argument (<c>\foo{x}</c> is x).
    /// </param>
    public static string ToText(string latex, Action<int, string>? unknownCommand)
    {
        var reader = new Reader(latex, unknownCommand);
        reader.Append(0, latex.Length);
        return Collapse(reader.Output.ToString()).Normalize(NormalizationForm.FormC);
    }

    /// <summary>Reads one value, by ranges of the original text so that unknown commands are reported at their offset.</summary>
    private sealed class Reader(string s, Action<int, string>? unknown)
    {
        public StringBuilder Output { get; } = new();

        public void Append(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                var c = s[i];
                switch (c)
                {
                    case '\\':
                        i = Command(i, to);
                        break;
                    case '{' or '}' or '$':
                        break;
                    case '^':
                        i = Superscript(i, to);
                        break;
                    case '~':
                        Output.Append(' ');
                        break;
                    case '-' or '`' or '\'' when Ligatures.FirstOrDefault(l => At(i, to, l.Text)) is ({ } text, var glyph):
                        Output.Append(glyph);
                        i += text.Length - 1;
                        break;
                    default:
                        Output.Append(c);
                        break;
                }
            }
        }

        /// <summary>Handles the command at <paramref name="i"/> (a backslash); returns the index of its last character.</summary>
        private int Command(int i, int to)
        {
            if (i + 1 >= to) return i;
            var next = s[i + 1];

            // One-character accents: \"o, \"{o}, \'{\i}
            if (Accents.ContainsKey(next) && !char.IsAsciiLetter(next))
                return Accent(i + 2, to, next);
            if (!char.IsAsciiLetter(next))
            {
                switch (next)
                {
                    // "\\" is a line break; \, \; \: \! and "\ " are spaces of some width.
                    case '\\' or ',' or ';' or ':' or '!' or ' ' or '\n' or '\r' or '\t':
                        Output.Append(' ');
                        break;
                    // Math delimiters \( \) \[ \], italic correction \/, hyphenation point \-, \@: nothing to read.
                    case '(' or ')' or '[' or ']' or '/' or '-' or '@':
                        break;
                    // \& \% \$ \# \_ \{ \}
                    default:
                        Output.Append(next);
                        break;
                }
                return i + 1;
            }

            var end = i + 1;
            while (end < to && char.IsAsciiLetter(s[end])) end++;
            var name = s[(i + 1)..end];
            // Letter accents need a separator: \v{s}, \c c; but \vec is not \v + "ec".
            if (name.Length == 1 && Accents.ContainsKey(name[0]))
                return Accent(SkipSpaces(end, to), to, name[0]);

            var last = SkipSpaces(end, to) - 1;
            var argument = last + 1 < to && s[last + 1] == '{';
            if (LatexSymbols.ByCommand.TryGetValue(name, out var symbol))
            {
                Output.Append(symbol);
                // "{}" right after a symbol command (\textasciicircum{}) is an empty argument.
                if (argument && last + 2 < to && s[last + 2] == '}') return last + 2;
                var textSymbol = name.StartsWith("text", StringComparison.Ordinal) || (symbol.Length == 1 && char.IsLetter(symbol[0]));
                return textSymbol ? last : end - 1;
            }
            if (Spaces.Contains(name))
            {
                Output.Append(' ');
                return last;
            }
            if (Dropped.Contains(name))
                return argument ? Group(last + 1, to).Close : last;
            if (Kept.Contains(name))
                return argument ? AppendGroup(last + 1, to) : last;
            switch (name)
            {
                case "href" when argument:
                    var url = Group(last + 1, to);
                    return url.Close + 1 < to && s[url.Close + 1] == '{' ? AppendGroup(url.Close + 1, to) : url.Close;
                case "textsuperscript" when argument:
                    return Raise(last + 1, to);
                case "frac" when argument:
                    var numerator = AppendGroup(last + 1, to);
                    if (numerator + 1 >= to || s[numerator + 1] != '{') return numerator;
                    Output.Append('/');
                    return AppendGroup(numerator + 1, to);
            }

            unknown?.Invoke(i, name);
            if (argument) return AppendGroup(last + 1, to);
            Output.Append('\\').Append(name);
            return end - 1;
        }

        private int Accent(int at, int to, char key)
        {
            var mark = Accents[key];
            string baseText;
            int last;
            if (at >= to || s[at] is '}' || char.IsWhiteSpace(s[at]))
            {
                baseText = "";
                last = at - 1;
            }
            else if (s[at] == '{')
            {
                var start = Output.Length;
                last = AppendGroup(at, to);
                baseText = Output.ToString(start, Output.Length - start);
                Output.Length = start;
            }
            else if (s[at] == '\\')
            {
                var end = at + 1;
                while (end < to && char.IsAsciiLetter(s[end])) end++;
                baseText = LatexSymbols.ByCommand.GetValueOrDefault(s[(at + 1)..end], s[(at + 1)..end]);
                last = end - 1;
            }
            else
            {
                baseText = s[at].ToString();
                last = at;
            }
            // The dotless i and j exist only to carry accents: \'{\i} is í.
            baseText = baseText.Replace('ı', 'i').Replace('ȷ', 'j');
            if (baseText.Length == 0) Output.Append(SpacingAccents[key]);
            else Output.Append(baseText[0]).Append(mark).Append(baseText.AsSpan(1));
            return last;
        }

        /// <summary><c>^</c> and what follows it: a digit, a group or a command.</summary>
        private int Superscript(int caret, int to)
        {
            var at = caret + 1;
            if (at >= to)
            {
                Output.Append('^');
                return caret;
            }
            return Raise(at, to);
        }

        /// <summary>
        /// Raises the group, command or character at <paramref name="at"/>: in superscript letters when Unicode has
        /// them all (AC⁰), as it is when it is one symbol (A⋆), else after a ^ so the text still reads as written.
        /// </summary>
        private int Raise(int at, int to)
        {
            var start = Output.Length;
            var last = s[at] switch
            {
                '{' => AppendGroup(at, to),
                '\\' => Command(at, to),
                _ => Append1(at),
            };
            var raised = Output.ToString(start, Output.Length - start);
            Output.Length = start;
            if (raised.Length > 0 && raised.All(Superscripts.ContainsKey))
                Output.Append(string.Concat(raised.Select(c => Superscripts[c])));
            else if (raised.Length == 1 && !char.IsLetterOrDigit(raised[0]))
                Output.Append(raised);
            else
                Output.Append('^').Append(raised);
            return last;
        }

        private int Append1(int at)
        {
            Output.Append(s[at]);
            return at;
        }

        private int AppendGroup(int open, int to)
        {
            var (from, close) = Group(open, to);
            Append(from, close);
            return close;
        }

        /// <summary>Where the text inside the braces opening at <paramref name="open"/> starts, and the index of the closing brace.</summary>
        private (int From, int Close) Group(int open, int to)
        {
            var depth = 0;
            for (var i = open; i < to; i++)
            {
                if (s[i] == '\\') { i++; continue; }
                if (s[i] == '{') depth++;
                else if (s[i] == '}' && --depth == 0) return (open + 1, i);
            }
            return (open + 1, to);
        }

        private int SkipSpaces(int i, int to)
        {
            while (i < to && char.IsWhiteSpace(s[i])) i++;
            return i;
        }

        private bool At(int i, int to, string text) => i + text.Length <= to && string.CompareOrdinal(s, i, text, 0, text.Length) == 0;
    }

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
