namespace SiteGen.Rendering.Pages;

/// <summary>
/// What one page template sees besides <c>site</c> (<see cref="Views.SiteView"/>) and <c>page</c>
/// (<see cref="Views.PageMetaView"/>): one derived record per template of <c>theme/pages/</c>, whose members
/// are the template's top-level variables in snake_case (<c>ManifestUrl</c> is <c>manifest_url</c>).
/// </summary>
public abstract record PageView;
