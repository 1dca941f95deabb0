using System.Text;
using AnyAscii;

namespace SiteGen.Model;

/// <summary>URL slugs: lowercase ASCII letters, digits and single hyphens.</summary>
public static class Slug
{
    public static bool IsValid(string slug) =>
        slug.Length > 0
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && slug[0] != '-' && slug[^1] != '-' && !slug.Contains("--", StringComparison.Ordinal);

    /// <summary>Transliterates any text to ASCII (<c>José Núñez</c> to <c>jose-nunez</c>).</summary>
    public static string From(string text)
    {
        var ascii = Transliteration.Transliterate(text);
        var sb = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-') is { Length: > 0 } slug ? slug : "untitled";
    }
}
