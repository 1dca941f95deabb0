using SiteGen.Text;

namespace SiteGen.Model;

/// <summary>A curated topic; a topic may sit under a parent topic.</summary>
/// <param name="Body">The Markdown body of the topic's entry, parsed once.</param>
public sealed record Topic(string Slug, string Title, string Description, string? Parent, MarkdownText Body);
