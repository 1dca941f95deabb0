using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>
/// A kind of typed link from one entry to others (<c>relations:</c> in front matter), with how a page
/// names it from each end.
/// </summary>
/// <param name="Key">The front-matter key (<c>improves-on</c>).</param>
/// <param name="Outgoing">How the source's page names the targets ("Improves on").</param>
/// <param name="Incoming">How a target's page names the sources ("Papers here that improve on this one").</param>
/// <param name="TargetsTopics">Whether the targets are topic slugs rather than paper slugs.</param>
public sealed record RelationKind(string Key, string Outgoing, string Incoming, bool TargetsTopics = false)
{
    public static readonly RelationKind Extends = new("extends", "Extends", "Papers here that build on this one");
    public static readonly RelationKind ImprovesOn = new("improves-on", "Improves on", "Papers here that improve on this one");
    public static readonly RelationKind Contradicts = new("contradicts", "Contradicts", "Papers here that contradict this one");
    public static readonly RelationKind Reproduces = new("reproduces", "Reproduces", "Papers here that reproduce this one");
    public static readonly RelationKind SurveyOf = new("survey-of", "Surveys", "Surveys of this topic", TargetsTopics: true);

    /// <summary>Every kind, in the order pages list them.</summary>
    public static readonly ImmutableArray<RelationKind> All = [Extends, ImprovesOn, Contradicts, Reproduces, SurveyOf];
}
