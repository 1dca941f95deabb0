using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Checks what the lab's own use of its papers refers to, once every paper, topic and author is known:
/// relation targets must exist (and not be the paper itself), and a presenter should be an author of the
/// collection (by slug or name). Unknown targets are reported at their line and dropped, so pages link only to real entries.
/// </summary>
internal static class LabReferences
{
    public static ImmutableArray<Paper> Resolve(
        ImmutableArray<Paper> papers, IReadOnlyDictionary<string, Topic> topics, ImmutableArray<Author> authors, DiagnosticBag bag)
    {
        var paperSlugs = papers.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var bySlug = authors.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var byName = new Dictionary<string, Author>(StringComparer.Ordinal);
        foreach (var author in authors)
        foreach (var name in author.Aliases.Prepend(author.Name))
            byName.TryAdd(PersonName.Key(name), author);

        return [.. papers.Select(paper => paper with
        {
            Relations = [.. paper.Relations.Where(r => Exists(paper, r, paperSlugs, topics, bag))],
            Reading = paper.Reading is { Presenter: { } presenter } reading
                ? reading with { Presenter = Known(paper, presenter, bySlug, byName, bag) }
                : paper.Reading,
        })];
    }

    private static bool Exists(Paper paper, PaperRelation relation, HashSet<string> papers, IReadOnlyDictionary<string, Topic> topics, DiagnosticBag bag)
    {
        var (what, known) = relation.Kind.TargetsTopics ? ("topic", (IEnumerable<string>)topics.Keys) : ("paper", papers);
        if (relation.Target == paper.Slug && !relation.Kind.TargetsTopics)
        {
            bag.Error(paper.SourcePath, relation.At, DiagnosticCode.Relation, $"'{relation.Kind.Key}' names this paper itself ('{relation.Target}')");
            return false;
        }
        if (relation.Kind.TargetsTopics ? topics.ContainsKey(relation.Target) : papers.Contains(relation.Target)) return true;
        bag.Error(paper.SourcePath, relation.At, DiagnosticCode.Relation,
            $"'{relation.Kind.Key}' names an unknown {what} '{relation.Target}'{CollectionBuilder.DidYouMean(relation.Target, known)}");
        return false;
    }

    private static Presenter Known(Paper paper, Presenter presenter, Dictionary<string, Author> bySlug, Dictionary<string, Author> byName, DiagnosticBag bag)
    {
        if ((bySlug.GetValueOrDefault(presenter.Name) ?? byName.GetValueOrDefault(PersonName.Key(presenter.Name))) is { } author)
            return presenter with { Name = author.Name, AuthorSlug = author.Slug };
        bag.Warning(paper.SourcePath, presenter.At, DiagnosticCode.Reading,
            $"presenter '{presenter.Name}' is not an author of the collection; write an author's slug or name to link them, or add authors/<slug>.md for them");
        return presenter;
    }
}
