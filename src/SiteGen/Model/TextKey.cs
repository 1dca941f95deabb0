using System.Text;
using SiteGen.Text;

namespace SiteGen.Model;

/// <summary>The folded form under which names and titles are compared for identity.</summary>
public static class TextKey
{
    /// <summary>
    /// Lowercase letters and digits separated by single spaces, accents folded by <see cref="AccentFolding"/>
    /// as search folds them (<c>José  Núñez</c> is <c>jose nunez</c>); other scripts are kept as they are.
    /// </summary>
    public static string Fold(string text)
    {
        var folded = AccentFolding.Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }
}
