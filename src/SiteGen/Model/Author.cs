using System.Collections.Immutable;
using SiteGen.Text;

namespace SiteGen.Model;

/// <summary>
/// A person who wrote papers of the collection: one profile of <c>authors/&lt;slug&gt;.md</c>, or everyone written
/// under one normalised name. <see cref="Name"/> never carries contribution marks.
/// </summary>
/// <param name="Aliases">Other spellings of the name that mean this person (from the profile).</param>
public sealed record Author(string Slug, string Name, ImmutableArray<string> Aliases)
{
    public string? Affiliation { get; init; }
    public string? Homepage { get; init; }
    /// <summary>The bare ORCID iD (<c>0000-0002-1825-0097</c>), its check digit verified.</summary>
    public string? Orcid { get; init; }
    /// <summary>Names the person published under before (<c>former_names</c>); matched like aliases.</summary>
    public ImmutableArray<string> FormerNames { get; init; } = [];
    /// <summary>Whether the person is a member of the lab (<c>member: true</c> in the profile, or listed under <c>members</c> in site.yml).</summary>
    public bool Member { get; init; }
    /// <summary>The Markdown body of the author's entry, parsed once; empty without an entry.</summary>
    public MarkdownText Bio { get; init; } = MarkdownText.Empty;
}
