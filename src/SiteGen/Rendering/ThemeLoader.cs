using System.Collections.Frozen;

namespace SiteGen.Rendering;

/// <summary>
/// Reads the theme folder, then lets any file at the same relative path in the site's override
/// folder replace it. The only code that reads theme files.
/// </summary>
public static class ThemeLoader
{
    public static Theme Load(string themeDir, string overrideDir)
    {
        var files = new Dictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var dir in new[] { themeDir, overrideDir })
        {
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
                if (relative.Split('/').Any(part => part.StartsWith('.'))) continue;
                var display = dir.TrimEnd('/', '\\').Replace('\\', '/') + "/" + relative;
                files[relative] = new ThemeFile(display, File.ReadAllBytes(file));
            }
        }

        return new Theme(
            files.Where(f => !IsAsset(f.Key) && f.Key.EndsWith(".liquid", StringComparison.Ordinal))
                .ToFrozenDictionary(StringComparer.Ordinal),
            files.Where(f => IsAsset(f.Key)).ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static bool IsAsset(string relative) => relative.StartsWith("assets/", StringComparison.Ordinal);
}
