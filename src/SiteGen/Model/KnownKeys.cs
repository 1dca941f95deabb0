using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>Front-matter keys of topics, authors and pages (a paper's are <see cref="PaperSchema"/>), and the check for others.</summary>
internal static class KnownKeys
{
    public static readonly string[] Topic = ["title", "description", "parent"];
    public static readonly string[] Author = ["name", "aliases", "former_names", "affiliation", "homepage", "orcid", "member"];
    public static readonly string[] Page = ["title"];

    /// <summary>
    /// Warns about unknown keys and returns them. A paper keeps its unknown keys for the theme, so only a
    /// likely typo of a known key is reported there; topics, authors and pages keep nothing else, so with
    /// <paramref name="keptForTheme"/> false every unknown key is reported rather than dropped in silence.
    /// </summary>
    public static IReadOnlyList<string> CheckUnknown(FrontMatter fields, IReadOnlyList<string> known, DiagnosticBag bag, bool keptForTheme = false)
    {
        var unknown = new List<string>();
        foreach (var (key, at) in fields.Keys)
        {
            if (known.Contains(key, StringComparer.Ordinal)) continue;
            if (Suggestion.Closest(key, known) is { } guess)
                bag.Warning(fields.Path, at, DiagnosticCode.UnknownKey, $"unknown key '{key}'; did you mean '{guess}'?");
            else if (!keptForTheme)
                bag.Warning(fields.Path, at, DiagnosticCode.UnknownKey, $"unknown key '{key}' is not used (known keys: {string.Join(", ", known)})");
            unknown.Add(key);
        }
        return unknown;
    }
}
