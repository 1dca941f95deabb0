using System.Globalization;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Bibtex;

/// <summary>
/// Reads <c>.bib</c> files as reference managers write them: <c>@string</c> macros and <c>#</c>
/// concatenation, braced and quoted values with nested braces, bare numbers, month macros,
/// <c>@comment</c>, <c>@preamble</c> and free text between records, <c>%</c> comment lines between fields, and
/// <c>crossref</c>. Several files are read as one bibliography, as BibTeX and biber read them: a macro defined in an
/// earlier file is known in later ones and a <c>crossref</c> may name a record in any of them. A malformed
/// record is reported at its line and column and skipped; parsing resumes at the next record. An undefined
/// macro is a warning and reads as empty, as in BibTeX.
/// </summary>
public sealed class BibtexParser
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly string _path;
    private readonly string _text;
    private readonly DiagnosticBag _bag;
    private readonly Dictionary<string, string> _macros;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private BibtexParser(string path, string text, DiagnosticBag bag, Dictionary<string, string> macros) =>
        (_path, _text, _bag, _macros) = (path, text, bag, macros);

    /// <summary>The records of one file; problems go to <paramref name="bag"/> under <paramref name="path"/>.</summary>
    public static IReadOnlyList<BibtexEntry> Parse(string path, string text, DiagnosticBag bag) => Parse([(path, text)], bag);

    /// <summary>The records of several files read in order as one bibliography (shared macros, crossrefs across files).</summary>
    /// <param name="files">Each file's display path (for diagnostics and <see cref="BibtexEntry.Path"/>) and text.</param>
    public static IReadOnlyList<BibtexEntry> Parse(IEnumerable<(string Path, string Text)> files, DiagnosticBag bag)
    {
        var macros = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var month in Months)
            macros[month[..3]] = month;
        var entries = files.SelectMany(f => new BibtexParser(f.Path, f.Text, bag, macros).ParseAll()).ToList();
        return ResolveCrossrefs(entries);
    }

    private sealed class MalformedException(SourcePosition at, string message) : Exception(message)
    {
        public SourcePosition At { get; } = at;
    }

    private SourcePosition Here => new(_line, _pos - _lineStart + 1);

    private List<BibtexEntry> ParseAll()
    {
        var entries = new List<BibtexEntry>();
        while (SkipTo('@'))
        {
            var start = Here;
            try
            {
                if (ParseRecord(start) is { } entry) entries.Add(entry);
            }
            catch (MalformedException ex)
            {
                _bag.Error(_path, ex.At, DiagnosticCode.Bibtex, $"{ex.Message}; the record starting at line {start.Line} was skipped");
                SkipToNextRecord();
            }
        }
        return entries;
    }

    private BibtexEntry? ParseRecord(SourcePosition start)
    {
        Advance(); // '@'
        var type = Identifier("a record type after '@'").ToLowerInvariant();
        SkipSpace();
        var open = Peek();
        if (open is not ('{' or '('))
        {
            if (type == "comment") return null; // "@comment text" without braces: a line comment
            throw new MalformedException(Here, $"expected '{{' after @{type}");
        }
        var close = open == '{' ? '}' : ')';
        Advance();

        switch (type)
        {
            case "comment":
                SkipBalanced(close);
                return null;
            case "preamble":
                // LaTeX for the document, not data: its macros (@preamble{preamble}) are never expanded.
                SkipBalanced(close);
                return null;
            case "string":
                SkipSpace();
                var name = Identifier("a macro name");
                Expect('=');
                _macros[name] = Value().Text;
                Expect(close);
                return null;
        }

        SkipSpace();
        var key = ReadWhile(c => c is not (',' or '}' or ')') && !char.IsWhiteSpace(c));
        if (key.Length == 0) throw new MalformedException(Here, $"@{type} record has no citation key");
        var fields = new Dictionary<string, BibtexField>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            SkipSpace();
            if (Peek() == close) { Advance(); break; }
            Expect(',');
            SkipSpace();
            if (Peek() == close) { Advance(); break; }
            var at = Here;
            var field = Identifier("a field name").ToLowerInvariant();
            Expect('=');
            var (value, valueAt) = Value();
            if (!fields.TryAdd(field, new BibtexField(value, at) { ValueAt = valueAt }))
                _bag.Warning(_path, at, DiagnosticCode.Bibtex, $"field '{field}' appears twice in {key}; the first is kept");
        }
        return new BibtexEntry(type, key, fields, start) { Path = _path };
    }

    /// <summary>
    /// A field value: parts joined by <c>#</c>, each a braced or quoted text, a number or a macro; and where
    /// its first part's text starts.
    /// </summary>
    private (string Text, SourcePosition At) Value()
    {
        var sb = new StringBuilder();
        SourcePosition? first = null;
        while (true)
        {
            SkipSpace();
            var c = Peek();
            if (c is '{' or '"')
            {
                Advance();
                first ??= Here;
                sb.Append(Balanced(c == '{' ? '}' : '"'));
            }
            else if (char.IsAsciiDigit(c))
            {
                first ??= Here;
                sb.Append(ReadWhile(char.IsAsciiDigit));
            }
            else if (IsIdentifierChar(c))
            {
                var at = Here;
                first ??= at;
                var name = Identifier("a value");
                if (_macros.TryGetValue(name, out var expansion))
                    sb.Append(expansion);
                else
                    _bag.Warning(_path, at, DiagnosticCode.Bibtex, $"undefined @string macro '{name}' reads as empty; define it with @string, or name the file that defines it first");
            }
            else
            {
                throw new MalformedException(Here, c == '\0' ? "the file ends inside a record" : $"expected a value, found '{c}'");
            }
            SkipSpace();
            if (Peek() != '#') return (sb.ToString(), first ?? Here);
            Advance();
        }
    }

    /// <summary>Text up to the closing character at brace depth 0; inner braces are kept.</summary>
    private string Balanced(char close)
    {
        var start = Here;
        var sb = new StringBuilder();
        var depth = 0;
        while (true)
        {
            var c = Peek();
            if (c == '\0') throw new MalformedException(start, close == '"' ? "unclosed quote" : "unbalanced braces: '{' is never closed");
            if (c == '@' && close == '}' && AtLineStart() && LooksLikeRecordStart())
                throw new MalformedException(start, "unbalanced braces: the value runs into the next record");
            Advance();
            if (c == '\\' && Peek() is '{' or '}' or '"')
            {
                sb.Append(c).Append(Peek());
                Advance();
                continue;
            }
            if (depth == 0 && c == close) return sb.ToString();
            if (c == '{') depth++;
            else if (c == '}' && --depth < 0) throw new MalformedException(Here, "unbalanced braces: '}' without '{'");
            sb.Append(c);
        }
    }

    private void SkipBalanced(char close)
    {
        var depth = 0;
        while (Peek() is var c && c != '\0')
        {
            Advance();
            if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
            else if (c == close && depth == 0) return;
        }
    }

    private string Identifier(string what)
    {
        SkipSpace();
        var id = ReadWhile(IsIdentifierChar);
        if (id.Length == 0)
            throw new MalformedException(Here, Peek() == '\0' ? "the file ends inside a record" : $"expected {what}, found '{Peek()}'");
        return id;
    }

    private static bool IsIdentifierChar(char c) =>
        char.IsLetterOrDigit(c) || c is '_' or '-' or ':' or '.' or '+' or '/' or '\'' or '!' or '?' or '*' or '&' or '<' or '>' or '[' or ']' or ';';

    private void Expect(char wanted)
    {
        SkipSpace();
        if (Peek() != wanted)
            throw new MalformedException(Here, Peek() == '\0' ? $"the file ends where '{wanted}' was expected" : $"expected '{wanted}', found '{Peek()}'");
        Advance();
    }

    private string ReadWhile(Func<char, bool> accept)
    {
        var start = _pos;
        while (Peek() is var c && c != '\0' && accept(c)) Advance();
        return _text[start.._pos];
    }

    /// <summary>Skips white space and, as biber does, <c>%</c> comments to the end of their line (a field commented out).</summary>
    private void SkipSpace()
    {
        while (Peek() is var c && c != '\0')
        {
            if (c == '%')
                while (Peek() is not ('\n' or '\0')) Advance();
            else if (char.IsWhiteSpace(c))
                Advance();
            else
                return;
        }
    }

    /// <summary>Moves to the next <paramref name="target"/>; everything skipped is comment. False at the end.</summary>
    private bool SkipTo(char target)
    {
        while (Peek() is var c && c != '\0')
        {
            if (c == target) return true;
            Advance();
        }
        return false;
    }

    /// <summary>After an error: the next '@' that starts a line, so one bad record costs only itself.</summary>
    private void SkipToNextRecord()
    {
        while (Peek() != '\0' && !(Peek() == '@' && AtLineStart())) Advance();
    }

    private bool AtLineStart() => _text.AsSpan(_lineStart, _pos - _lineStart).IsWhiteSpace();

    private bool LooksLikeRecordStart()
    {
        var rest = _text.AsSpan(_pos + 1);
        var n = 0;
        while (n < rest.Length && char.IsAsciiLetter(rest[n])) n++;
        return n > 0 && n < rest.Length && rest[n..].TrimStart() is { Length: > 0 } after && after[0] is '{' or '(';
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void Advance()
    {
        if (_pos >= _text.Length) return;
        if (_text[_pos] == '\n')
        {
            _line++;
            _lineStart = _pos + 1;
        }
        _pos++;
    }

    /// <summary>A record with <c>crossref</c> takes the fields it lacks (booktitle, year, ...) from the record it names.</summary>
    private static List<BibtexEntry> ResolveCrossrefs(List<BibtexEntry> entries)
    {
        var byKey = entries.GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var referenced = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<BibtexEntry>();
        foreach (var entry in entries)
        {
            if (entry["crossref"]?.Trim() is not { Length: > 0 } target)
            {
                result.Add(entry);
                continue;
            }
            if (!byKey.TryGetValue(target, out var parent))
            {
                result.Add(entry with { MissingCrossref = target });
                continue;
            }
            referenced.Add(parent.Key);
            var fields = new Dictionary<string, BibtexField>(entry.Fields, StringComparer.OrdinalIgnoreCase);
            foreach (var (name, field) in parent.Fields)
                fields.TryAdd(name, field);
            // A proceedings' title is the paper's booktitle.
            if (!entry.Fields.ContainsKey("booktitle") && parent.Fields.TryGetValue("title", out var title) && parent.Type is "proceedings" or "book")
                fields["booktitle"] = title;
            if (entry.Fields.TryGetValue("title", out var own)) fields["title"] = own;
            result.Add(entry with { Fields = fields });
        }
        // A proceedings record that only serves as a crossref target is not a paper of its own.
        return [.. result.Where(e => !(referenced.Contains(e.Key) && e.Type is "proceedings" or "book"))];
    }

    internal static int MonthNumber(string month)
    {
        if (int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 12) return n;
        var index = Array.FindIndex(Months, m => m.StartsWith(month.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase) && month.Trim().Length >= 3);
        return index + 1;
    }
}
