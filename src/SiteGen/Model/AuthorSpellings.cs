using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Finds one person written two ways (<c>Y. LeCun</c> and <c>Yann LeCun</c>): same family name, and
/// given names that agree word by word, initials matching full names. Only a warning: two people
/// can share a surname and an initial, and an alias in <c>site.yml</c> settles it either way.
/// </summary>
internal static class AuthorSpellings
{
    private sealed record Spelling(string Identity, string Key, string Written, string Path, SourcePosition At, int Uses);

    /// <param name="keys">Each draft's resolved author identities, in the same order as its authors.</param>
    public static void Check(IReadOnlyList<PaperDraft> drafts, IReadOnlyList<ImmutableArray<string>> keys, DiagnosticBag bag)
    {
        var spellings = new Dictionary<string, Spelling>(StringComparer.Ordinal);
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            for (var a = 0; a < draft.Authors.Length; a++)
            {
                var (_, name, _, _, at) = draft.Authors[a];
                var identity = keys[d][a];
                if (name.Length == 0) continue;
                spellings[identity] = spellings.TryGetValue(identity, out var known)
                    ? known with { Uses = known.Uses + 1 }
                    : new Spelling(identity, PersonName.Key(name), name, draft.Paper.SourcePath, at, 1);
            }
        }

        var bySurname = spellings.Values
            .Select(s => (Spelling: s, Words: s.Key.Split(' ')))
            .Where(s => s.Words.Length >= 2)
            .GroupBy(s => s.Words[^1], StringComparer.Ordinal);
        foreach (var family in bySurname)
        {
            var members = family.OrderBy(m => m.Spelling.Key, StringComparer.Ordinal).ThenBy(m => m.Spelling.Identity, StringComparer.Ordinal).ToList();
            for (var i = 0; i < members.Count; i++)
            for (var j = i + 1; j < members.Count; j++)
            {
                // Two profiles are two people by the curator's word, however alike their names.
                if (AuthorRegistry.IsProfile(members[i].Spelling.Identity) && AuthorRegistry.IsProfile(members[j].Spelling.Identity)) continue;
                if (!GivenNamesAgree(members[i].Words[..^1], members[j].Words[..^1])) continue;
                // Point at the rarer spelling: that is the one a contributor most likely mistyped.
                var (rare, common) = members[i].Spelling.Uses <= members[j].Spelling.Uses
                    ? (members[i].Spelling, members[j].Spelling)
                    : (members[j].Spelling, members[i].Spelling);
                bag.Warning(rare.Path, rare.At, DiagnosticCode.AuthorSpelling,
                    $"'{rare.Written}' is probably '{common.Written}' ({common.Path}:{common.At.Line}:{common.At.Column}); " +
                    $"if they are one person, add \"{rare.Written}: {common.Written}\" under author_aliases in site.yml");
            }
        }
    }

    /// <summary>"y", "yann" agree; "j a", "john" agree (a middle name may be left out); "john", "jane" do not.</summary>
    private static bool GivenNamesAgree(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        for (var i = 0; i < shorter.Length; i++)
        {
            var (x, y) = (shorter[i], longer[i]);
            var agree = x == y || (x.Length == 1 && y[0] == x[0]) || (y.Length == 1 && x[0] == y[0]);
            if (!agree) return false;
        }
        return true;
    }
}
