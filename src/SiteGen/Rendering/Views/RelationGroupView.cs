namespace SiteGen.Rendering.Views;

/// <summary>The entries one kind of relation links to or from, under its heading (<c>Improves on</c>, <c>Papers here that build on this one</c>).</summary>
/// <param name="Kind">The relation's key (<c>improves-on</c>), for styling.</param>
public sealed record RelationGroupView(string Heading, string Kind, IReadOnlyList<LinkView> Links);
