namespace SiteGen.Model;

/// <summary>A free page from <c>pages/</c>, published at <c>/&lt;slug&gt;/</c>.</summary>
public sealed record FreePage(string Slug, string Title, string Body);
