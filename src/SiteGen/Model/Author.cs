using System.Collections.Immutable;
using SiteGen.Text;

namespace SiteGen.Model;

/// <summary>
/// A person who wrote papers of the collection, identified by a normalised name.
/// Profile fields come from <c>authors/&lt;slug&gt;.md</c> when there is one.
/// </summary>
public sealed record Author(string Slug, string Name, ImmutableArray<string> Aliases)
{
    public string? Affiliation { get; init; }
    public string? Homepage { get; init; }
    /// <summary>The Markdown body of the author's entry, parsed once; empty without an entry.</summary>
    public MarkdownText Bio { get; init; } = MarkdownText.Empty;
}
