namespace SiteGen.Rendering.Views;

/// <summary>What a paper's page says about the reading group and the paper (<c>reading:</c>); all text.</summary>
/// <param name="Status">to-read, reading, read or core; null when not given.</param>
/// <param name="Discussed">The meeting days, earliest first, as read (<c>4 Mar 2025</c>).</param>
/// <param name="Presenter">Who presented; its <c>url</c> is empty when the presenter is no author of the collection.</param>
/// <param name="ReadingGroupUrl">The reading group's page.</param>
public sealed record ReadingView(
    string? Status,
    IReadOnlyList<string> Discussed,
    LinkView? Presenter,
    string? Slides,
    string? Why,
    IReadOnlyList<string> Takeaways,
    string ReadingGroupUrl);
