using System.Collections.Frozen;

namespace SiteGen.Cli.Serve;

/// <summary>How one rebuild went: the report, and which files differ from the site served before.</summary>
internal sealed record Rebuild(BuildReport Report, IReadOnlyList<string> Changed);

/// <summary>
/// The site <c>serve</c> shows, held in memory: rebuilt on demand, swapped in only when the build
/// succeeds, so a content error leaves the last good site being served. <c>output/</c> is never touched.
/// </summary>
internal sealed class LiveSite(BuildOptions options)
{
    private readonly SemaphoreSlim _building = new(1, 1);
    // Shared between rebuilds so that only what changed is parsed or computed again.
    private readonly BuildCache _cache = new();
    private volatile FrozenDictionary<string, byte[]> _files = FrozenDictionary<string, byte[]>.Empty;

    /// <summary>The current build's problems as printed lines; empty when the last build succeeded.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool TryGet(string relativePath, out byte[] bytes) => _files.TryGetValue(relativePath, out bytes!);

    public bool HasAnyFile => _files.Count > 0;

    /// <summary>Told by the file watcher of each path that changed, so the next rebuild reads it whatever its time says.</summary>
    public void Touched(string path) => _cache.Entries.Changed(path);

    public Rebuild Rebuild()
    {
        _building.Wait();
        try
        {
            var report = SiteBuilder.Render(options with { Cache = _cache });
            if (!report.Succeeded)
            {
                Problems = [.. report.Diagnostics.Select(d => d.ToString())];
                return new Rebuild(report, []);
            }

            var next = report.Files.ToFrozenDictionary(f => f.OutputPath, f => f.Bytes, StringComparer.Ordinal);
            var previous = _files;
            var changed = next
                .Where(file => !previous.TryGetValue(file.Key, out var old) || !old.AsSpan().SequenceEqual(file.Value))
                .Select(file => file.Key)
                .Concat(previous.Keys.Where(path => !next.ContainsKey(path)))
                .Order(StringComparer.Ordinal)
                .ToList();
            _files = next;
            Problems = [];
            return new Rebuild(report, changed);
        }
        finally
        {
            _building.Release();
        }
    }
}
