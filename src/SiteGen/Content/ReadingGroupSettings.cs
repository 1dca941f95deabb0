namespace SiteGen.Content;

/// <summary>The <c>reading_group:</c> section of <c>site.yml</c>: when and where meetings happen, for the calendar feed.</summary>
public sealed record ReadingGroupSettings
{
    /// <summary>An IANA time zone (<c>Europe/Berlin</c>) the meeting times are in.</summary>
    public string TimeZone { get; init; } = "UTC";
    /// <summary>The time of day a meeting starts, in <see cref="TimeZone"/>.</summary>
    public TimeOnly Time { get; init; } = new(16, 0);
    /// <summary>How long a meeting lasts, in minutes.</summary>
    public int Minutes { get; init; } = 60;
    /// <summary>Where the group meets (a room, an address, a video link), or null.</summary>
    public string? Place { get; init; }
}
