using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Model;

/// <summary>
/// Reads <c>content/paths/*.md</c> and checks each path at its lines: a title, at least one step, each step's
/// paper a paper of the collection (once), each <c>requires</c> the paper of another step, and no cycle in <c>requires</c>.
/// </summary>
internal static class ReadingPathReader
{
    private static readonly string[] Keys = ["title", "steps"];
    private static readonly string[] StepKeys = ["paper", "note", "requires"];

    public static ImmutableArray<ReadingPath> Read(
        ImmutableArray<Entry> entries, IReadOnlySet<string> papers, IReadOnlyDictionary<string, MarkdownText> bodies, DiagnosticBag bag) =>
        [.. entries.Select(entry => Read(entry, papers, bodies[entry.Path], bag)).OfType<ReadingPath>()];

    private static ReadingPath? Read(Entry entry, IReadOnlySet<string> papers, MarkdownText body, DiagnosticBag bag)
    {
        var f = entry.Fields;
        KnownKeys.CheckUnknown(f, Keys, bag);
        if (!CollectionBuilder.CheckSlug(entry, bag)) return null;
        var title = f.Text("title", bag, prose: true);
        if (title is null) f.ReportMissing("title", "the path's name", bag);
        var sections = f.Sections("steps", bag);
        if (sections.Count == 0)
            bag.Error(entry.Path, f.PositionOf("steps"), DiagnosticCode.ReadingPath, "a reading path needs 'steps': a list of {paper: <slug>, note: <text>, requires: [<slugs>]}");

        var steps = new List<(PathStep Step, IReadOnlyList<(string Value, SourcePosition At)> Requires)>();
        foreach (var s in sections)
        {
            KnownKeys.CheckUnknown(s, StepKeys, bag);
            var note = s.Text("note", bag, prose: true);
            var requires = s.List("requires", bag) ?? [];
            var paper = s.Text("paper", bag);
            if (paper is null)
            {
                s.ReportMissing("paper", "the slug of a paper of the collection", bag);
                continue;
            }
            if (!papers.Contains(paper))
            {
                bag.Error(entry.Path, s.PositionOf("paper"), DiagnosticCode.ReadingPath, $"unknown paper '{paper}'{CollectionBuilder.DidYouMean(paper, papers)}");
                continue;
            }
            if (steps.Any(x => x.Step.Paper == paper))
            {
                bag.Error(entry.Path, s.PositionOf("paper"), DiagnosticCode.ReadingPath, $"paper '{paper}' is already a step of this path; a path lists each paper once");
                continue;
            }
            steps.Add((new PathStep(paper, note, [.. requires.Select(r => r.Value).Distinct()]), requires));
        }

        var inPath = steps.Select(x => x.Step.Paper).ToHashSet(StringComparer.Ordinal);
        var checkedSteps = new List<PathStep>();
        foreach (var (step, requires) in steps)
        {
            var kept = new List<string>();
            foreach (var (slug, at) in requires)
            {
                if (slug == step.Paper)
                    bag.Error(entry.Path, at, DiagnosticCode.ReadingPath, $"step '{step.Paper}' requires itself");
                else if (!inPath.Contains(slug))
                    bag.Error(entry.Path, at, DiagnosticCode.ReadingPath, $"'requires' names '{slug}', which is no step of this path{CollectionBuilder.DidYouMean(slug, inPath)}");
                else if (Cycle(step.Paper, slug, steps.ToDictionary(x => x.Step.Paper, x => x.Step.Requires, StringComparer.Ordinal)) is { } cycle)
                    bag.Error(entry.Path, at, DiagnosticCode.ReadingPath, $"'requires' goes round in a cycle: {string.Join(" → ", cycle)}; a step cannot need itself, even through others");
                else
                    kept.Add(slug);
            }
            checkedSteps.Add(step with { Requires = [.. kept.Distinct()] });
        }

        if (title is null || checkedSteps.Count == 0) return null;
        return new ReadingPath(entry.Slug, title, body, [.. checkedSteps]);
    }

    /// <summary>The cycle <c>from → to → ... → from</c> when <paramref name="to"/> (transitively) requires <paramref name="from"/>; else null.</summary>
    private static List<string>? Cycle(string from, string to, Dictionary<string, ImmutableArray<string>> requires)
    {
        // Breadth first, remembering how each step was reached, so the shortest cycle is the one reported.
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal) { [to] = from };
        var queue = new Queue<string>([to]);
        while (queue.TryDequeue(out var current))
        {
            if (current == from)
            {
                var cycle = new List<string> { from };
                for (var at = cameFrom[from]; at != from; at = cameFrom[at]) cycle.Add(at);
                cycle.Add(from);
                cycle.Reverse();
                return cycle;
            }
            foreach (var next in requires.GetValueOrDefault(current, []))
                if (cameFrom.TryAdd(next, current)) queue.Enqueue(next);
        }
        return null;
    }
}
