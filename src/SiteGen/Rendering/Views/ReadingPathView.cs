namespace SiteGen.Rendering.Views;

/// <summary>A reading path; <see cref="DescriptionHtml"/> is sanitised HTML, all else text.</summary>
/// <param name="ReadingTime">The estimated reading time, e.g. <c>about 3 h 45 min</c> (45 minutes a paper).</param>
/// <param name="BibtexUrl">The path's papers as BibTeX, in step order.</param>
public sealed record ReadingPathView(
    string Title,
    string Url,
    string DescriptionHtml,
    int StepCount,
    string ReadingTime,
    string BibtexUrl,
    IReadOnlyList<PathStepView> Steps);
