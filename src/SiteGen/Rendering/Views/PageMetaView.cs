namespace SiteGen.Rendering.Views;

/// <summary>What the layout needs to know about the page it wraps.</summary>
public sealed record PageMetaView(string Title, string Description, string Url, string Section);
