namespace SiteGen.Rendering.Views;

/// <summary>One relation between two papers, as a sentence: <c>From</c> <c>Verb</c> <c>To</c> ("FlashAttention improves on Attention").</summary>
/// <param name="Kind">The relation's key (<c>improves-on</c>), for styling; it matches the drawing's colours.</param>
public sealed record RelationEdgeView(LinkView From, string Verb, string Kind, LinkView To);
