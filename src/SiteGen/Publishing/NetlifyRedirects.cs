using System.Text;
using SiteGen.Model;
using SiteGen.Paths;

namespace SiteGen.Publishing;

/// <summary>
/// Netlify's <c>_redirects</c>: one <c>old new 301!</c> line per author page that an alias merged into another, so
/// Netlify answers with a real redirect. The <c>!</c> forces it over the redirect page SiteGen also writes at the old
/// address (for hosts without redirects, such as GitHub Pages). A split has no single target, so its page stays.
/// </summary>
internal static class NetlifyRedirects
{
    /// <summary>The file's bytes (UTF-8, one line per redirect); null when no author page moved to one person.</summary>
    public static byte[]? Write(Collection collection, SiteUrls urls)
    {
        var lines = collection.FormerAuthorSlugs
            .Where(f => f.Value.Length == 1)
            .Select(f => $"{urls.Author(f.Key)} {urls.Author(f.Value[0])} 301!\n")
            .ToList();
        return lines.Count == 0 ? null : Encoding.UTF8.GetBytes(string.Concat(lines));
    }
}
