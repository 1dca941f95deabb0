using System.Text;

namespace SiteGen.Bibtex;

/// <summary>
/// Writing the BibTeX format itself: a record from its type, key and fields, with text escaped so that
/// no title or name can unbalance a record or run a LaTeX command (BibTeX as read by bibtool and biber).
/// </summary>
public static class BibtexFormat
{
    /// <param name="fields">Field names and values; each value is written inside one pair of braces as given (escape text first).</param>
    /// <returns><c>@type{key,</c>, one <c>  name = {value},</c> line a field, then <c>}</c>; no trailing newline.</returns>
    public static string Record(string type, string key, IEnumerable<(string Name, string Value)> fields)
    {
        var sb = new StringBuilder().Append('@').Append(type).Append('{').Append(key).Append(",\n");
        foreach (var (name, value) in fields)
            sb.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        return sb.Append('}').ToString();
    }

    /// <summary>A name BibTeX reads back as one person: braced when a comma or "and" would split it.</summary>
    public static string Name(string name)
    {
        var escaped = Escape(name);
        return name.Contains(',') || name.Contains(" and ", StringComparison.OrdinalIgnoreCase) ? "{" + escaped + "}" : escaped;
    }

    /// <summary>A name with a suffix as BibTeX's <c>von Last, Jr, First</c>, the only form that keeps the suffix out of the surname.</summary>
    public static string Name(string given, string family, string suffix) =>
        $"{Escape(family)}, {Escape(suffix)}, {Escape(given)}";

    /// <summary>
    /// An identifier such as a DOI as written: biblatex reads <c>doi</c> verbatim, so <c>\_</c> would stay in it. Only a value
    /// with a backslash or unbalanced braces, which could break the record, is escaped.
    /// </summary>
    public static string Verbatim(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0 || c == '\\') return Escape(text);
        }
        return depth == 0 ? text : Escape(text);
    }

    /// <summary>
    /// Text with the characters that are commands in BibTeX and LaTeX escaped; braces too, so text cannot unbalance the
    /// record. The ligatures <c>--</c>, <c>``</c> and <c>''</c> are broken with an empty group, so they read as typed, not as dashes or quotes.
    /// </summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '-' or '`' or '\'' when i + 1 < text.Length && text[i + 1] == c:
                    sb.Append(c).Append("{}");
                    break;
                case '&' or '%' or '#' or '_' or '{' or '}' or '$':
                    sb.Append('\\').Append(c);
                    break;
                case '\\':
                    sb.Append("\\textbackslash{}");
                    break;
                case '~':
                    sb.Append("\\textasciitilde{}");
                    break;
                case '^':
                    sb.Append("\\textasciicircum{}");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
