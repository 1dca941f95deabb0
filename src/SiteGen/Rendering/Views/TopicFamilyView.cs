namespace SiteGen.Rendering.Views;

/// <summary>A top-level topic and every topic below it, as the topics index shows them on one card.</summary>
/// <param name="Topic">The topic without a parent.</param>
/// <param name="Subtopics">Its descendants depth first, each level by title; empty when it has none.</param>
public sealed record TopicFamilyView(TopicView Topic, IReadOnlyList<SubtopicView> Subtopics);
