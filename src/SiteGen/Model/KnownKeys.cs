using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>Front-matter keys SiteGen understands; others are kept, but near-misses are flagged.</summary>
internal static class KnownKeys
{
    public static readonly string[] Paper =
        ["title", "authors", "date", "added", "venue", "arxiv", "doi", "url", "pdf", "code", "topics", "abstract", "upvotes", "bibtex"];
    public static readonly string[] Topic = ["title", "description", "parent"];
    public static readonly string[] Author = ["name", "aliases", "affiliation", "homepage"];
    public static readonly string[] Page = ["title"];

    /// <summary>Warns about keys that look like typos of known ones; returns the unknown keys.</summary>
    public static IEnumerable<string> CheckUnknown(FrontMatter fields, string[] known, DiagnosticBag bag)
    {
        foreach (var (key, at) in fields.Keys)
        {
            if (known.Contains(key, StringComparer.Ordinal)) continue;
            if (Suggestion.Closest(key, known) is { } guess)
                bag.Warning(fields.Path, at, "unknown-key", $"unknown key '{key}'; did you mean '{guess}'?");
            yield return key;
        }
    }
}
