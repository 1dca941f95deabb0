using System.Collections.Immutable;
using SiteGen.Text;

namespace SiteGen.Model;

/// <summary>
/// A reading path (<c>content/paths/&lt;slug&gt;.md</c>): an ordered list of the collection's papers for a newcomer
/// to read, each step with an optional note and the steps it needs first.
/// </summary>
/// <param name="Description">The Markdown body, parsed once.</param>
/// <param name="Steps">In reading order; every step's paper is a paper of the collection, each paper once.</param>
public sealed record ReadingPath(string Slug, string Title, MarkdownText Description, ImmutableArray<PathStep> Steps)
{
    /// <summary>What one paper is taken to need, in minutes, for the path's estimated reading time: a careful read with notes.</summary>
    public const int MinutesPerPaper = 45;

    /// <summary>The estimated reading time of the whole path, in minutes.</summary>
    public int Minutes => Steps.Length * MinutesPerPaper;
}
