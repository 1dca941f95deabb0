namespace SiteGen.Content;

/// <summary>
/// One parsed source file: its front matter and its Markdown body.
/// <see cref="BodyLine"/> is the 1-based file line where the body starts.
/// </summary>
public sealed record Entry(string Path, string Slug, FrontMatter Fields, string Body, int BodyLine);
