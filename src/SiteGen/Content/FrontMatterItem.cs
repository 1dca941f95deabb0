using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// One item of a list whose items may be text or mappings (<c>authors: [Ada Lovelace, {name: Wei Wang, id: wei-wang-ucla}]</c>):
/// exactly one of <see cref="Text"/> and <see cref="Fields"/> is set.
/// </summary>
public sealed record FrontMatterItem(string? Text, FrontMatter? Fields, SourcePosition At);
