using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>Who presented a paper to the reading group: an author of the collection (by slug or name) or anyone else by name.</summary>
/// <param name="Name">The name to show: the author's display name when <paramref name="AuthorSlug"/> is set.</param>
/// <param name="AuthorSlug">The author's slug when the presenter is someone the collection knows.</param>
/// <param name="At">Where the presenter is written, for the check that runs once every author is known.</param>
public sealed record Presenter(string Name, string? AuthorSlug, SourcePosition At);
