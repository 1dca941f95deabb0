using System.Collections.Concurrent;

namespace SiteGen.Rendering;

/// <summary>
/// The pages of the previous render in this process (<c>serve</c>), by site path, with the stamp each was
/// rendered from (<see cref="PageStamps"/>): a page whose stamp is unchanged is taken as it was. Safe to use
/// from parallel loops.
/// </summary>
public sealed class RenderedPages
{
    private ConcurrentDictionary<string, (ulong Stamp, byte[] Html)> _pages = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (ulong Stamp, byte[] Html)> _next = new(StringComparer.Ordinal);

    /// <summary>Starts a render: forgets what an unfinished one kept.</summary>
    internal void Begin() => _next.Clear();

    /// <summary>The page's previous HTML when it was rendered from the same stamp; kept for the next render either way.</summary>
    internal byte[]? Reuse(string sitePath, ulong stamp)
    {
        if (!_pages.TryGetValue(sitePath, out var page) || page.Stamp != stamp) return null;
        _next[sitePath] = page;
        return page.Html;
    }

    internal void Keep(string sitePath, ulong stamp, byte[] html) => _next[sitePath] = (stamp, html);

    /// <summary>Ends a render: what it kept becomes what the next one can reuse; pages it did not make are forgotten.</summary>
    internal void Commit()
    {
        _pages = _next;
        _next = new(StringComparer.Ordinal);
    }
}
