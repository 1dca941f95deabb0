using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>One step of a <see cref="ReadingPath"/>: a paper slug, an optional note, and the papers of other steps to read first.</summary>
public sealed record PathStep(string Paper, string? Note, ImmutableArray<string> Requires);
