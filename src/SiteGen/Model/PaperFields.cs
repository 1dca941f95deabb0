using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Checks <c>site.yml</c>'s <c>paper_fields</c> against the collection: each name should be a field that paper pages show
/// only on request (<see cref="OnRequest"/>, or a key outside <see cref="PaperSchema"/> that some paper has). Anything else
/// would show nothing, so it is a warning at its line, with the closest name a paper has.
/// </summary>
internal static class PaperFields
{
    /// <summary>The schema's keys that a paper page shows only when <c>paper_fields</c> names them.</summary>
    public static readonly ImmutableArray<string> OnRequest = ["upvotes"];

    public static void Check(SiteSettings site, ImmutableArray<Paper> papers, DiagnosticBag bag)
    {
        if (site.PaperFields.Count == 0) return;
        var extra = papers.SelectMany(p => p.Extra.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, at) in site.PaperFields)
        {
            if (OnRequest.Contains(name) || extra.Contains(name)) continue;
            var message = PaperSchema.Names.Contains(name)
                ? $"paper_fields names '{name}', which paper pages always show; list only {string.Join(", ", OnRequest)} or keys outside the schema (categories)"
                : $"paper_fields names '{name}', which no paper has{CollectionBuilder.DidYouMean(name, extra.Concat(OnRequest))}";
            bag.Warning(site.SourcePath, at, DiagnosticCode.UnknownKey, message);
        }
    }
}
