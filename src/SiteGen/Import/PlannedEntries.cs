using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Import;

/// <summary>
/// Checks entries that are about to be written as part of the collection they join, in memory:
/// duplicates and topic references need the other files, and nothing is written that would fail <c>check</c>.
/// </summary>
internal static class PlannedEntries
{
    /// <summary>The problems of each planned entry, by its display path; entries without problems are absent.</summary>
    public static ILookup<string, Diagnostic> Check(ContentSet existing, IEnumerable<PlannedEntry> planned)
    {
        var all = new DiagnosticBag();
        var entries = planned
            .Select(p => EntryParser.Parse(p.DisplayPath, Path.GetFileNameWithoutExtension(p.File), p.Text, all))
            .OfType<Entry>();
        CollectionBuilder.Build(existing with { Papers = existing.Papers.AddRange(entries) }, all);
        var paths = planned.Select(p => p.DisplayPath).ToHashSet(StringComparer.Ordinal);
        return all.Sorted().Where(d => paths.Contains(d.Path)).ToLookup(d => d.Path, StringComparer.Ordinal);
    }
}
