using System.Globalization;
using SiteGen.Model;
using SiteGen.Paths;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// Views of the lab's own use of its papers: reading-group meetings, typed relations between entries
/// and reading paths. Paper cards come from the shared <see cref="ViewBuilder"/>.
/// </summary>
internal sealed class LabViewBuilder(Collection collection, SiteUrls urls, ViewBuilder views)
{
    /// <summary>A paper's view with what the lab says about it added.</summary>
    public PaperView Paper(PaperView view, Paper paper) => view with
    {
        Reading = paper.Reading is { } reading ? Reading(reading) : null,
        Relations =
        [
            .. paper.Relations.GroupBy(r => r.Kind).OrderBy(g => RelationKind.All.IndexOf(g.Key))
                .Select(g => new RelationGroupView(g.Key.Outgoing, g.Key.Key, [.. g.Select(r => Target(r.Kind, r.Target))])),
        ],
        ReverseRelations =
        [
            .. collection.RelationsTo(paper.Slug).GroupBy(r => r.Kind).OrderBy(g => RelationKind.All.IndexOf(g.Key))
                .Select(g => new RelationGroupView(g.Key.Incoming, g.Key.Key, [.. g.Select(r => PaperLink(r.From.Slug))])),
        ],
        PathPlaces =
        [
            .. collection.StepsOf(paper.Slug)
                .Select(s => new PathPlaceView(s.Step, s.Path.Steps.Length, new LinkView(s.Path.Title, $"{urls.ReadingPath(s.Path.Slug)}#step-{s.Step}"))),
        ],
    };

    public ReadingPathView ReadingPath(ReadingPath path)
    {
        var number = path.Steps.Select((s, i) => (s.Paper, i + 1)).ToDictionary(x => x.Paper, x => x.Item2, StringComparer.Ordinal);
        return new ReadingPathView(
            path.Title,
            urls.ReadingPath(path.Slug),
            views.Html(path.Description),
            path.Steps.Length,
            "about " + Duration(path.Minutes),
            urls.Path(SitePaths.ReadingPathBib(path.Slug)),
            [
                .. path.Steps.Select((step, i) => new PathStepView(
                    i + 1,
                    step.Paper,
                    views.CardOf(collection.PaperBySlug[step.Paper]),
                    step.Note,
                    [.. step.Requires.Select(r => new LinkView($"Step {number[r]}: {collection.PaperBySlug[r].Title}", $"#step-{number[r]}"))])),
            ]);
    }

    private static string Duration(int minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => $"{m} min",
        (var h, 0) => $"{h} h",
        (var h, var m) => $"{h} h {m} min",
    };

    /// <summary>A topic page's view with the surveys of the topic and the relations among its papers, as a list and a drawing.</summary>
    public TopicPageView Topic(TopicPageView view, Topic topic)
    {
        var papers = collection.PapersOfTopic(topic.Slug);
        var here = papers.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var edges = papers
            .SelectMany(p => p.Relations.Where(r => !r.Kind.TargetsTopics && here.Contains(r.Target)).Select(r => (From: p, r.Kind, To: collection.PaperBySlug[r.Target])))
            .ToList();
        return view with
        {
            Surveys = [.. collection.SurveysOf(topic.Slug).Select(p => PaperLink(p.Slug))],
            Relations = [.. edges.Select(e => new RelationEdgeView(PaperLink(e.From.Slug), e.Kind.Outgoing.ToLowerInvariant(), e.Kind.Key, PaperLink(e.To.Slug)))],
            RelationGraphHtml = RelationGraph.Draw(edges),
            Paths = [.. collection.ReadingPathsOfTopic(topic.Slug).Select(p => new LinkView(p.Title, urls.ReadingPath(p.Slug), p.Steps.Length))],
        };
    }

    /// <param name="today">Meetings from this day on are upcoming; earlier ones are past.</param>
    public ReadingGroupPageView ReadingGroup(DateOnly today) => new(
        [.. collection.Meetings.Where(m => m.Date >= today).Select(Meeting)],
        [
            .. collection.Meetings.Where(m => m.Date < today).Reverse()
                .GroupBy(m => m.Date.Year)
                .Select(g => new MeetingYearView(g.Key, [.. g.Select(Meeting)])),
        ],
        urls.Path(SitePaths.ReadingGroupCalendar));

    private MeetingView Meeting(Meeting meeting) => new(
        ViewBuilder.Format(meeting.Date),
        meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        views.CardOf(meeting.Paper),
        Presenter(meeting.Paper.Reading?.Presenter),
        meeting.Paper.Reading?.Slides,
        meeting.Paper.Reading?.Why);

    private ReadingView Reading(Reading reading) => new(
        reading.Status,
        [.. reading.Discussed.Select(ViewBuilder.Format)],
        Presenter(reading.Presenter),
        reading.Slides,
        reading.Why,
        reading.Takeaways,
        urls.Path(SitePaths.ReadingGroup));

    private LinkView? Presenter(Presenter? presenter) =>
        presenter is null ? null : new LinkView(presenter.Name, presenter.AuthorSlug is { } slug ? urls.Author(slug) : "");

    private LinkView Target(RelationKind kind, string slug) =>
        kind.TargetsTopics ? new LinkView(collection.TopicBySlug[slug].Title, urls.Topic(slug)) : PaperLink(slug);

    private LinkView PaperLink(string slug) => new(collection.PaperBySlug[slug].Title, urls.Paper(slug));
}
