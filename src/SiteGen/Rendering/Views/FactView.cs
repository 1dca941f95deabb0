namespace SiteGen.Rendering.Views;

/// <summary>One fact a paper page lists under its title because <c>site.yml</c>'s <c>paper_fields</c> asks (<c>Upvotes</c>, <c>11</c>); text, escaped on output.</summary>
public sealed record FactView(string Name, string Value);
