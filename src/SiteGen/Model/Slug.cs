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

    /// <summary>
    /// A short slug for a paper: the name before a colon (<c>AccLLM: Accelerating ...</c> is
    /// <c>accllm</c>), else the title's first five words.
    /// </summary>
    public static string ForTitle(string title)
    {
        var colon = title.IndexOf(':');
        if (colon > 0 && title[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3)
            return From(title[..colon]);
        return string.Join('-', From(title).Split('-').Take(5));
    }
}
