using System.Reflection;

namespace SiteGen.Rendering;

/// <summary>
/// The default theme, built into SiteGen from the repository's <c>theme/</c> folder as embedded resources,
/// so a site needs no theme folder of its own.
/// </summary>
public static class DefaultTheme
{
    /// <summary>How theme files from inside SiteGen are named in messages: <c>(built-in theme)/pages/paper.liquid</c>.</summary>
    public const string DisplayName = "(built-in theme)";

    private const string Prefix = "theme/";

    /// <summary>Every file of the default theme: its path relative to the theme folder (<c>/</c>-separated) and its bytes, by path.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files { get; } = Read();

    private static (string, byte[])[] Read()
    {
        var assembly = typeof(DefaultTheme).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                // MSBuild writes the folder part of a resource name with the separator of the machine that compiled it.
                .Select(name => (Name: name, Path: name.Replace('\\', '/')))
                .Where(r => r.Path.StartsWith(Prefix, StringComparison.Ordinal))
                .Select(r => (r.Path[Prefix.Length..], Bytes(assembly, r.Name)))
                .Where(f => !ThemeLoader.IsHidden(f.Item1))
                .OrderBy(f => f.Item1, StringComparer.Ordinal),
        ];
    }

    private static byte[] Bytes(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
