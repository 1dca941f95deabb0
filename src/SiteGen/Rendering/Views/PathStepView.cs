namespace SiteGen.Rendering.Views;

/// <summary>One step of a reading path as its page shows it.</summary>
/// <param name="Number">The step's place in the path, from 1; the element id is <c>step-&lt;number&gt;</c>.</param>
/// <param name="Key">The paper's slug: what the browser remembers the step's checkbox by.</param>
/// <param name="Requires">The steps to read first, each linking to its place on the page (<c>#step-2</c>) and named "Step 2: title".</param>
public sealed record PathStepView(int Number, string Key, PaperCardView Paper, string? Note, IReadOnlyList<LinkView> Requires);
