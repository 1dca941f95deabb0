using System.Security.Cryptography;
using SiteGen.Paths;

namespace SiteGen.Rendering;

/// <summary>
/// Places theme assets in the output, every one with a content hash in its name
/// (<c>site.3f2a9c1b0d.css</c>), so hosts can cache all of <c>/assets/</c> for a year and a new build
/// is never mixed with an old one. Templates link them through the <c>asset</c> filter.
/// </summary>
internal static class AssetPlanner
{
    /// <returns>The assets at their fingerprinted site paths, and each asset's name (<c>site.css</c>) mapped to its link.</returns>
    public static (List<PublishedFile> Files, Dictionary<string, string> Urls) Plan(Theme theme, SiteUrls urls)
    {
        var files = new List<PublishedFile>();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, file) in theme.Assets)
        {
            var name = path["assets/".Length..];
            var ext = Path.GetExtension(name);
            var output = $"{name[..^ext.Length]}.{Convert.ToHexStringLower(SHA256.HashData(file.Bytes))[..10]}{ext}";
            files.Add(new PublishedFile(SitePaths.Asset(output), file.Bytes));
            map[name] = urls.Asset(output);
        }
        return (files, map);
    }
}
