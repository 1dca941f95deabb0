using System.Collections.Frozen;

namespace SiteGen.Rendering;

/// <summary>
/// Reads the theme (a folder, or the <see cref="DefaultTheme"/> built into SiteGen), then lets any file at the
/// same relative path in the site's override folder replace it. The only code that reads theme files.
/// </summary>
public static class ThemeLoader
{
    /// <param name="themeDir">The theme folder; null for the theme built into SiteGen.</param>
    /// <param name="overrideDir">The site's overrides (<c>content/theme/</c>); skipped when it does not exist.</param>
    public static Theme Load(string? themeDir, string overrideDir)
    {
        var files = new Dictionary<string, ThemeFile>(StringComparer.Ordinal);
        if (themeDir is null)
        {
            foreach (var (relative, bytes) in DefaultTheme.Files)
                files[relative] = new ThemeFile(DefaultTheme.DisplayName + "/" + relative, bytes);
        }
        foreach (var dir in new[] { themeDir, overrideDir })
        {
            if (dir is null || !Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
                if (IsHidden(relative)) continue;
                var display = dir.TrimEnd('/', '\\').Replace('\\', '/') + "/" + relative;
                files[relative] = new ThemeFile(display, File.ReadAllBytes(file));
            }
        }

        return new Theme(
            files.Where(f => !IsAsset(f.Key) && f.Key.EndsWith(".liquid", StringComparison.Ordinal))
                .ToFrozenDictionary(StringComparer.Ordinal),
            files.Where(f => IsAsset(f.Key)).ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Whether a theme path has a part starting with <c>.</c> (<c>.DS_Store</c>, <c>.git/</c>): not part of the theme.</summary>
    internal static bool IsHidden(string relative) => relative.Split('/').Any(part => part.StartsWith('.'));

    private static bool IsAsset(string relative) => relative.StartsWith("assets/", StringComparison.Ordinal);
}
