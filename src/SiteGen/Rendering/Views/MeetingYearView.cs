namespace SiteGen.Rendering.Views;

/// <summary>The meetings of one year, for the reading group's list of past meetings.</summary>
public sealed record MeetingYearView(int Year, IReadOnlyList<MeetingView> Meetings);
