using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>Reads and checks the fields of one paper entry.</summary>
internal static class PaperReader
{
    public static PaperDraft? Read(Entry entry, IReadOnlyDictionary<string, Topic> topics, DiagnosticBag bag)
    {
        var f = entry.Fields;
        var unknown = KnownKeys.CheckUnknown(f, PaperSchema.Names, bag, keptForTheme: true);
        var slugOk = CollectionBuilder.CheckSlug(entry, bag);

        var title = f.Text("title", bag, prose: true);
        if (title is null) f.ReportMissing("title", "the paper's title", bag);

        var authors = AuthorList.Read(f, bag);
        if (authors is null) f.ReportMissing("authors", "a list of names in order, or [] when unknown", bag);

        var date = f.Date("date", bag);
        if (date is null) f.ReportMissing("date", "the publication date as YYYY-MM-DD", bag);

        var knownTopics = $"known topics: {string.Join(", ", topics.Keys.Order(StringComparer.Ordinal).Take(8))}";
        var topicList = f.HasValue("topics") ? f.List("topics", bag) : null;
        if (topicList is null)
            f.ReportMissing("topics", $"at least one topic slug; {knownTopics}", bag);
        else if (topicList.Count == 0)
            bag.Error(entry.Path, f.PositionOf("topics"), DiagnosticCode.Required, $"a paper needs at least one topic in 'topics' ({knownTopics})");
        if (topicList is not null) CollectionBuilder.ReportRepeated(entry.Path, topicList, [.. topicList.Select(t => t.Value)], "topic", bag);
        foreach (var (topic, at) in topicList ?? [])
        {
            if (!topics.ContainsKey(topic))
                bag.Error(entry.Path, at, DiagnosticCode.Topic, $"unknown topic '{topic}'{CollectionBuilder.DidYouMean(topic, topics.Keys)}");
        }

        var paper = new Paper
        {
            Slug = entry.Slug,
            SourcePath = entry.Path,
            SourceStamp = entry.Stamp,
            Title = title ?? "",
            Authors = [],
            Date = date ?? default,
            Added = date ?? default,
            Topics = [.. (topicList ?? []).Select(t => t.Value).Where(topics.ContainsKey).Distinct()],
            Extra = unknown.ToImmutableSortedDictionary(k => k, f.Plain, StringComparer.Ordinal),
        };
        foreach (var key in PaperSchema.Keys)
            if (key.Read is { } read) paper = read(f, bag, paper);

        if (!slugOk || title is null || authors is null || date is null) return null;
        return new PaperDraft(paper, authors.Value, f.PositionOf("title"), f.PositionOf("arxiv"), f.PositionOf("doi"));
    }
}
