using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Finds entries that are the same paper (<see cref="PaperIdentity"/>) or share a slug. Each entry of a
/// group is reported, naming the others, so that in a pull request the problem shows on the new file
/// as well as on the old one.
/// </summary>
internal static class DuplicatePapers
{
    // A group's message names this many other files, then counts the rest.
    private const int NamedOthers = 3;

    /// <param name="authorKeys">Each draft's resolved author identities, in the same order as <paramref name="drafts"/>.</param>
    public static void Report(IReadOnlyList<PaperDraft> drafts, IReadOnlyList<ImmutableArray<string>> authorKeys, DiagnosticBag bag)
    {
        var identities = drafts.Select((d, i) => PaperIdentity.Of(d.Paper.Arxiv, d.Paper.Doi, d.Paper.Title, d.Paper.Date.Year, authorKeys[i])).ToList();
        var all = Enumerable.Range(0, drafts.Count).ToList();

        foreach (var group in Groups(all, i => drafts[i].Paper.Slug))
            foreach (var i in group)
                bag.Error(drafts[i].Paper.SourcePath, SourcePosition.Start, DiagnosticCode.Duplicate,
                    $"the paper slug '{drafts[i].Paper.Slug}' is also used by {Others(drafts, group, i)}; rename one of the files");

        foreach (var group in Groups(all, i => identities[i].Arxiv))
            foreach (var i in group)
            {
                var versions = group.Select(j => drafts[j].Paper.Arxiv).Distinct().Count() > 1 ? " (ids that differ only in their version, such as v2, are one paper)" : "";
                bag.Error(drafts[i].Paper.SourcePath, drafts[i].ArxivAt, DiagnosticCode.Duplicate,
                    $"arXiv id {drafts[i].Paper.Arxiv} is also given by {Others(drafts, group, i)}{versions}; keep one entry");
            }

        foreach (var group in Groups(all, i => identities[i].Doi))
            foreach (var i in group)
                bag.Error(drafts[i].Paper.SourcePath, drafts[i].DoiAt, DiagnosticCode.Duplicate,
                    $"DOI {drafts[i].Paper.Doi} is also given by {Others(drafts, group, i)} (DOIs ignore case); keep one entry");

        foreach (var group in Groups(all, i => identities[i].Title))
            foreach (var i in group)
                ReportTitle(drafts, identities, group, i, bag);
    }

    /// <summary>
    /// An error when <see cref="PaperIdentity.SamePaperAs"/> says the entries are one paper; otherwise a
    /// warning, since different papers do share titles and a curator may want to confirm.
    /// </summary>
    private static void ReportTitle(IReadOnlyList<PaperDraft> drafts, List<PaperIdentity> ids, List<int> group, int i, DiagnosticBag bag)
    {
        var path = drafts[i].Paper.SourcePath;
        var others = Others(drafts, group, i);
        if (group.Where(j => j != i).Select(j => ids[i].SamePaperAs(ids[j])).FirstOrDefault(r => r is not null) is { } reason)
            bag.Error(path, drafts[i].TitleAt, DiagnosticCode.Duplicate,
                $"this title is also the title of {others}, which {reason} (titles are compared ignoring case, accents and punctuation); keep one entry, or give each its arXiv id or DOI");
        else
            bag.Warning(path, drafts[i].TitleAt, DiagnosticCode.DuplicateTitle,
                $"this title is also the title of {others}; their authors, years or identifiers differ, so they are taken as different papers");
    }

    private static IEnumerable<List<int>> Groups(List<int> all, Func<int, string?> key) =>
        all.Where(i => key(i) is { Length: > 0 })
            .GroupBy(i => key(i)!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.ToList());

    private static string Others(IReadOnlyList<PaperDraft> drafts, List<int> group, int self)
    {
        var others = group.Where(j => j != self).Select(j => drafts[j].Paper.SourcePath).ToList();
        var named = string.Join(", ", others.Take(NamedOthers));
        return others.Count > NamedOthers ? $"{named} and {others.Count - NamedOthers} more" : named;
    }
}
