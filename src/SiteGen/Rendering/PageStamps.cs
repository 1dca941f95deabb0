using System.Collections.Frozen;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.Json;
using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// A 64-bit fingerprint (XXH3) of everything a page shows, computed without rendering it, so that <c>serve</c>
/// renders again only the pages whose fingerprint changed (<see cref="RenderedPages"/>). Every page starts from
/// the site's stamp (theme, base URL, asset and search links, <c>site.yml</c>, topics, author profiles, free
/// pages, the counts in every footer); each page adds the cards it lists (a card's stamp is a hash of its whole
/// view, so whatever a theme's card shows is covered) and whatever else it shows.
/// </summary>
internal sealed class PageStamps
{
    private readonly ulong _site;
    private readonly FrozenDictionary<string, ulong> _cards;

    public PageStamps(Collection c, Func<Paper, PaperCardView> card, ulong site)
    {
        _site = site;
        _cards = c.Papers.AsParallel()
            .ToFrozenDictionary(p => p.Slug, p => XxHash3.HashToUInt64(JsonSerializer.SerializeToUtf8Bytes(card(p))), StringComparer.Ordinal);
    }

    /// <summary>A page's stamp, started from the site's; add what the page shows, then <see cref="Builder.Done"/>.</summary>
    public Builder Page(string sitePath) => Start(_site).Add(sitePath);

    /// <summary>The stamp of a paper's card: what any list shows of it.</summary>
    public ulong Card(Paper paper) => _cards[paper.Slug];

    private static Builder Start(ulong seed) => new Builder().Add(seed);

    /// <summary>Adds values in order; strings are separated, so ("ab", "c") and ("a", "bc") differ.</summary>
    public sealed class Builder
    {
        private readonly XxHash3 _hash = new();

        public Builder Add(ulong value)
        {
            _hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<ulong>(ref value)));
            return this;
        }

        public Builder Add(string? text)
        {
            _hash.Append(MemoryMarshal.AsBytes((text ?? "\0null").AsSpan()));
            return Add(0xFFFF_FFFF_FFFF_FFFFUL);
        }

        public Builder AddAll(IEnumerable<string> texts)
        {
            foreach (var text in texts) Add(text);
            return Add(0UL);
        }

        public ulong Done() => _hash.GetCurrentHashAsUInt64();
    }
}
