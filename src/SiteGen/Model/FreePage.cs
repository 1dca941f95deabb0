using SiteGen.Text;

namespace SiteGen.Model;

/// <summary>A free page from <c>pages/</c>, published at <c>/&lt;slug&gt;/</c>.</summary>
/// <param name="Body">The Markdown body of the page's entry, parsed once.</param>
public sealed record FreePage(string Slug, string Title, MarkdownText Body)
{
    /// <summary>The stamp of the entry file (<see cref="Content.Entry.Stamp"/>).</summary>
    public ulong SourceStamp { get; init; }
}
