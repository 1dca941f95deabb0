using System.Collections.Immutable;

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
    /// <summary>The site's theme override folder (it need not exist).</summary>
    public string ThemeOverrideFolder => Path.Combine(Root, Site.ThemeOverrides);
}
