namespace SiteGen.Rendering.Views;

/// <summary>A named link, with a count where the page shows one (papers of a topic or author).</summary>
public sealed record LinkView(string Name, string Url, int Count = 0);
