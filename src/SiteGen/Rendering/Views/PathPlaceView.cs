namespace SiteGen.Rendering.Views;

/// <summary>Where a paper sits in a reading path, for its page: "Step <c>Step</c> of <c>Of</c> in <c>Path</c>".</summary>
/// <param name="Path">The path's name and the link to the paper's step on it (<c>/paths/x/#step-3</c>).</param>
public sealed record PathPlaceView(int Step, int Of, LinkView Path);
