namespace SiteGen.Model;

/// <summary>A curated topic; a topic may sit under a parent topic.</summary>
public sealed record Topic(string Slug, string Title, string Description, string? Parent, string Body);
