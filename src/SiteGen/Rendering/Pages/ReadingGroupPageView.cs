using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary><c>pages/reading-group.liquid</c>: the reading group's meetings.</summary>
/// <param name="Upcoming">Meetings from the build's day on, earliest first.</param>
/// <param name="Past">Earlier meetings by year, newest first, each year's newest first.</param>
/// <param name="CalendarUrl">The meetings as an iCalendar feed (<c>.ics</c>).</param>
public sealed record ReadingGroupPageView(IReadOnlyList<MeetingView> Upcoming, IReadOnlyList<MeetingYearView> Past, string CalendarUrl) : PageView;
