using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SiteGen.Model;
using SiteGen.Paths;

namespace SiteGen.Publishing;

/// <summary>
/// <c>/reading-group.ics</c>: the reading group's meetings as an iCalendar feed (RFC 5545, written by Ical.Net),
/// one event per meeting, at the time, length, place and time zone <c>site.yml</c>'s <c>reading_group</c> gives.
/// </summary>
internal static class ReadingGroupCalendar
{
    /// <returns>UTF-8 text with CRLF line ends and lines folded at 75 octets, as RFC 5545 asks.</returns>
    public static byte[] Write(Collection c, SiteUrls urls)
    {
        var settings = c.Site.ReadingGroup;
        var calendar = new Ical.Net.Calendar { ProductId = "-//SiteGen//Reading group//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"{c.Site.Title}: reading group");
        var host = urls.Origin is { } origin ? new Uri(origin).Host : "sitegen.invalid";
        var utc = settings.TimeZone is "UTC" or "Etc/UTC";
        foreach (var meeting in c.Meetings)
        {
            var paper = meeting.Paper;
            var start = new CalDateTime(meeting.Date.ToDateTime(settings.Time), utc ? CalDateTime.UtcTzId : settings.TimeZone);
            var page = urls.Absolute(urls.Paper(paper.Slug));
            var description = string.Join("\n\n", new[]
            {
                paper.Reading?.Presenter is { } presenter ? $"Presented by {presenter.Name}." : null,
                paper.Reading?.Why,
                page,
            }.OfType<string>());
            calendar.Events.Add(new CalendarEvent
            {
                // The same meeting keeps its UID from build to build, so calendars update it rather than add a copy.
                Uid = $"{meeting.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{paper.Slug}@{host}",
                // DTSTAMP is required; taken from the content (the day the paper was added), so builds stay byte-identical.
                DtStamp = new CalDateTime(paper.Added.ToDateTime(TimeOnly.MinValue), CalDateTime.UtcTzId),
                Summary = paper.Reading?.Presenter is { } who ? $"{paper.Title} ({who.Name})" : paper.Title,
                Description = description.Length > 0 ? description : null,
                Start = start,
                End = start.AddMinutes(settings.Minutes),
                Location = settings.Place,
                Url = page is null ? null : new Uri(page),
            });
        }
        if (!utc && c.Meetings.Length > 0)
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(settings.TimeZone, c.Meetings[0].Date.ToDateTime(TimeOnly.MinValue), includeHistoricalData: false));
        return new UTF8Encoding(false).GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }
}
