namespace SiteGen.Rendering.Views;

/// <summary>A topic under a top-level topic on the topics index.</summary>
/// <param name="Name">The topic's title.</param>
/// <param name="Url">Its page.</param>
/// <param name="Count">Its papers, with those of its own subtopics.</param>
/// <param name="Depth">1 for a child of the top-level topic, 2 for a grandchild, and so on.</param>
public sealed record SubtopicView(string Name, string Url, int Count, int Depth);
