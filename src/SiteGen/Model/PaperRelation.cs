using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>One typed link from a paper to another entry: a paper slug, or a topic slug for <see cref="RelationKind.SurveyOf"/>.</summary>
/// <param name="At">Where the target is written, for the check that runs once every slug is known.</param>
public sealed record PaperRelation(RelationKind Kind, string Target, SourcePosition At);
