namespace SiteGen.Rendering.Views;

/// <summary>One reading-group meeting as the reading group's page lists it.</summary>
/// <param name="Date">The day, for reading (<c>4 Mar 2025</c>).</param>
/// <param name="IsoDate">The day as YYYY-MM-DD, for <c>&lt;time datetime&gt;</c>.</param>
/// <param name="Presenter">Who presents; its <c>url</c> is empty when the presenter is no author of the collection. Null when nobody is named.</param>
/// <param name="Slides">An http or https link to the slides, or null.</param>
/// <param name="Why">Why the group reads it, one sentence, or null.</param>
public sealed record MeetingView(string Date, string IsoDate, PaperCardView Paper, LinkView? Presenter, string? Slides, string? Why);
