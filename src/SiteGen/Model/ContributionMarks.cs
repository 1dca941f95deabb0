using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Contribution marks written after an author's name on one paper (<c>Wen Liang*</c>, <c>Ines Fairweather†</c>):
/// equal contribution, corresponding author and the like. They belong to that paper's byline, never to the person,
/// so they are split off before a name is matched, shown or exported.
/// </summary>
public static class ContributionMarks
{
    /// <summary>The marks read after a name.</summary>
    public const string Symbols = "*†‡§#";

    private static readonly ImmutableArray<(string Mark, string Meaning)> Defaults =
        [("*", "Equal contribution"), ("†", "Corresponding author")];

    /// <summary>
    /// Splits the trailing marks (and spaces between them) off a name as written: <c>"Wen Liang *†"</c> is
    /// <c>("Wen Liang", "*†")</c>. Each mark is kept once, in the order written.
    /// </summary>
    public static (string Name, string Marks) Split(string written)
    {
        var end = written.Length;
        while (end > 0 && (Symbols.Contains(written[end - 1]) || char.IsWhiteSpace(written[end - 1]))) end--;
        var marks = string.Concat(written[end..].Where(c => Symbols.Contains(c)).Distinct());
        return (written[..end], marks);
    }

    /// <summary>
    /// What each mark means: the defaults (<c>*</c> equal contribution, <c>†</c> corresponding author) with
    /// <c>author_marks</c> of site.yml over them, in <see cref="Symbols"/> order. A key of author_marks that is
    /// not one mark is a warning at it.
    /// </summary>
    public static ImmutableSortedDictionary<char, string> Legend(SiteSettings site, DiagnosticBag bag)
    {
        var legend = Defaults.ToDictionary(d => d.Mark[0], d => d.Meaning);
        foreach (var (mark, meaning, at) in site.AuthorMarks)
        {
            if (mark.Length == 1 && Symbols.Contains(mark[0])) legend[mark[0]] = meaning.Trim();
            else bag.Warning(site.SourcePath, at, DiagnosticCode.UnknownKey,
                $"'{mark}' in author_marks is not a contribution mark (marks: {string.Join(" ", Symbols.ToCharArray())})");
        }
        return legend.ToImmutableSortedDictionary(Comparer<char>.Create((a, b) => Symbols.IndexOf(a).CompareTo(Symbols.IndexOf(b))));
    }
}
