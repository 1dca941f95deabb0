using System.Globalization;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Strings and numbers written exactly as JavaScript's <c>JSON.stringify</c> writes them, so that files
/// lunr.js could have written are byte-identical to it (System.Text.Json escapes differently).
/// </summary>
internal static class JsJson
{
    public static void String(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ':
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]):
                    sb.Append(c).Append(s[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    // A lone surrogate: well-formed JSON.stringify escapes it.
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }

    /// <summary>A weight kept in thousandths, as the shortest decimal that reads back as the same double.</summary>
    public static void Thousandths(StringBuilder sb, int thousandths) =>
        sb.Append(CultureInfo.InvariantCulture, $"{thousandths / 1000.0:R}");
}
