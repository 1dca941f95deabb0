using System.Collections.Frozen;

namespace SiteGen.Rendering;

/// <summary>
/// The theme's files after site overrides were applied: Liquid templates by relative path
/// (<c>layouts/base.liquid</c>) and static assets (<c>assets/site.css</c>).
/// </summary>
public sealed record Theme(
    FrozenDictionary<string, ThemeFile> Templates,
    FrozenDictionary<string, ThemeFile> Assets);

/// <summary>A theme file's contents and where it came from, for error messages.</summary>
public sealed record ThemeFile(string DisplayPath, byte[] Bytes);
