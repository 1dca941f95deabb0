namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/search.liquid</c>: where the search script finds its index, and the pages to offer without JavaScript.</summary>
/// <param name="ManifestUrl">Link to this build's <c>manifest.json</c> of the sharded search index.</param>
public sealed record SearchPageView(string ManifestUrl, string TopicsUrl, string AuthorsUrl, string PapersUrl) : PageView;
