using System.Globalization;
using System.Text;

namespace SiteGen.Model;

/// <summary>The folded form under which names and titles are compared for identity.</summary>
public static class TextKey
{
    /// <summary>
    /// Lowercase letters and digits separated by single spaces, accents folded
    /// (<c>José  Núñez</c> is <c>jose nunez</c>); other scripts are kept as they are.
    /// </summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c switch
                {
                    'ł' or 'Ł' => "l",
                    'ø' or 'Ø' => "o",
                    'đ' or 'Đ' => "d",
                    'ß' => "ss",
                    'æ' or 'Æ' => "ae",
                    'œ' or 'Œ' => "oe",
                    'ı' => "i",
                    _ => char.ToLowerInvariant(c).ToString(),
                });
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }
        return sb.ToString().TrimEnd();
    }
}
