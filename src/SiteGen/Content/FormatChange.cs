namespace SiteGen.Content;

/// <summary>One version of the content format: what changed from the version before it, and how a site updates.</summary>
/// <param name="Version">The format number a site names in <c>site.yml</c> (<c>format: 2</c>).</param>
/// <param name="WhatChanged">A sentence for the warning an older site gets.</param>
/// <param name="HowToUpdate">What to do, ending with setting <c>format:</c> to <see cref="Version"/>.</param>
public sealed record FormatChange(int Version, string WhatChanged, string HowToUpdate);
