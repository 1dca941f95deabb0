namespace SiteGen.Content;

/// <summary>
/// One parsed source file: its front matter and its Markdown body.
/// <see cref="BodyLine"/> is the 1-based file line where the body starts.
/// </summary>
public sealed record Entry(string Path, string Slug, FrontMatter Fields, string Body, int BodyLine)
{
    /// <summary>A 64-bit hash (XXH3) of the file's bytes: equal stamps, equal files, so a rebuild can tell what changed.</summary>
    public ulong Stamp { get; init; }
}
