using System.Collections.Immutable;
using System.IO.Hashing;

namespace SiteGen.Content;

/// <summary>Everything read from a content folder, parsed but not yet cross-checked.</summary>
public sealed record ContentSet(
    string Root,
    SiteSettings Site,
    ImmutableArray<Entry> Papers,
    ImmutableArray<Entry> Topics,
    ImmutableArray<Entry> Authors,
    ImmutableArray<Entry> Pages)
{
    /// <summary>A hash of <c>site.yml</c>'s bytes (XXH3).</summary>
    public ulong SettingsStamp { get; init; }

    /// <summary>
    /// A hash of everything read but papers and free pages: <c>site.yml</c> and every topic, author and reading-path entry, which any
    /// page may show. A new kind of entry must be added here, or <c>serve</c> would keep pages it should redo.
    /// </summary>
    public ulong SiteStamp()
    {
        var hash = new XxHash3();
        hash.Append(BitConverter.GetBytes(SettingsStamp));
        foreach (var entry in Topics.Concat(Authors).Concat(ReadingPaths))
        {
            hash.Append(System.Text.Encoding.UTF8.GetBytes(entry.Path));
            hash.Append(BitConverter.GetBytes(entry.Stamp));
        }
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>The reading paths, <c>paths/*.md</c>.</summary>
    public ImmutableArray<Entry> ReadingPaths { get; init; } = [];

    /// <summary>The site's theme override folder (it need not exist).</summary>
    public string ThemeOverrideFolder => Path.Combine(Root, Site.ThemeOverrides);
}
