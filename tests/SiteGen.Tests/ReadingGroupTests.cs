using System.Diagnostics;
using System.Text;
using SiteGen.Output;

namespace SiteGen.Tests;

/// <summary>The reading group: <c>reading:</c> on papers, the <c>/reading-group/</c> page, the paper page's section and the calendar feed.</summary>
public sealed class ReadingGroupTests(LabSite lab) : IClassFixture<LabSite>
{
    private BuiltSite Site => lab.Site;

    [Fact]
    public void Lab_site_builds_and_every_link_resolves_under_its_base_path()
    {
        Assert.True(Site.Report.Succeeded, string.Join("\n", Site.Report.Diagnostics));
        Assert.Empty(LinkChecker.Check(Site.Output, LabSite.BaseUrl));
    }

    [Fact]
    public void Reading_group_page_lists_upcoming_meetings_then_past_ones_by_year_each_linking_its_paper()
    {
        var page = Site.Page("reading-group/index.html");
        var sections = page.QuerySelectorAll("section.meetings");
        Assert.Equal(["Upcoming 1 meeting", "2025 1 meeting", "2024 2 meetings"], sections.Select(s => s.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Equal(["2030-05-07"], sections[0].QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        // Past meetings newest first.
        Assert.Equal(["2024-06-11", "2024-03-05"], sections[2].QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal("/list/papers/flash2/", sections[0].QuerySelector(".card-title a")!.GetAttribute("href"));
        // A presenter the collection knows links to their page; anyone else is plain (escaped) text.
        Assert.Equal("/list/authors/tri-dao/", sections[0].QuerySelector(".card-meta a")!.GetAttribute("href"));
        var flash = sections[2].QuerySelectorAll(".meeting")[0];
        Assert.Equal("Presented by Grace <Hopper> & Co", flash.QuerySelector(".card-meta span")!.TextContent);
        Assert.Null(flash.QuerySelector("b"));
        Assert.Equal("Reading group", page.QuerySelector(".site-nav a[aria-current=page]")!.TextContent);
    }

    [Fact]
    public void Reading_group_page_links_its_calendar_as_an_alternate()
    {
        var link = Site.Page("reading-group/index.html").QuerySelector("link[rel=alternate][type='text/calendar']");
        Assert.Equal("/list/reading-group.ics", link!.GetAttribute("href"));
    }

    [Fact]
    public void Paper_page_says_when_it_was_discussed_and_by_whom()
    {
        var section = Site.Page("papers/attention/index.html").QuerySelector("section.reading")!;
        Assert.Contains("Discussed on 5 Mar 2024, 14 Jan 2025, presented by Ada Lovelace.", section.TextContent.ReplaceLineEndings(" "));
        Assert.Equal("/list/authors/ada-lovelace/", section.QuerySelector("p a[href*='/authors/']")!.GetAttribute("href"));
        Assert.Equal("https://slides.example.org/attention.pdf", section.QuerySelector("a[rel=noopener]")!.GetAttribute("href"));
        Assert.Equal(["Attention replaces recurrence.", "Positional encodings carry order."], section.QuerySelectorAll(".takeaways li").Select(li => li.TextContent));
        Assert.Equal("core", section.QuerySelector(".status")!.TextContent);
        Assert.Null(Site.Page("papers/replication/index.html").QuerySelector("section.reading"));
    }

    [Fact]
    public void Reading_group_page_and_calendar_are_in_the_sitemap()
    {
        var sitemap = Site.Text("sitemap.xml");
        Assert.Contains("<loc>https://lab.example.org/list/reading-group/</loc>", sitemap);
    }

    [Fact]
    public void Calendar_parses_with_an_independent_reader_one_event_per_meeting_in_the_sites_time_zone()
    {
        var events = ReadWithPythonIcalendar(Path.Combine(Site.Output, "reading-group.ics"));
        Assert.Equal(
        [
            "20240305-attention@lab.example.org|2024-03-05T17:30:00+01:00|2024-03-05T19:00:00+01:00|Room 2.14, Main building; or online|Attention Is All You Need (Ada Lovelace)",
            "20240611-flash@lab.example.org|2024-06-11T17:30:00+02:00|2024-06-11T19:00:00+02:00|Room 2.14, Main building; or online|FlashAttention: Fast and Memory-Efficient Exact Attention (Grace <Hopper> & Co)",
            "20250114-attention@lab.example.org|2025-01-14T17:30:00+01:00|2025-01-14T19:00:00+01:00|Room 2.14, Main building; or online|Attention Is All You Need (Ada Lovelace)",
            "20300507-flash2@lab.example.org|2030-05-07T17:30:00+02:00|2030-05-07T19:00:00+02:00|Room 2.14, Main building; or online|FlashAttention-2: Faster Attention with Better Parallelism (Tri Dao)",
        ], events);
    }

    [Fact]
    public void Calendar_follows_rfc_5545_line_ends_and_folding()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Site.Output, "reading-group.ics"));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line over 75 octets: {line}"));
        Assert.Contains(lines, l => l.StartsWith(' ')); // the long summaries are folded, not cut
        Assert.Contains("BEGIN:VTIMEZONE", lines);
    }

    [Fact]
    public void Calendar_uids_and_bytes_stay_the_same_on_another_day()
    {
        using var later = new BuiltSite(LabSite.Content, today: LabSite.Today.AddYears(10));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Site.Output, "reading-group.ics")), File.ReadAllBytes(Path.Combine(later.Output, "reading-group.ics")));
        // The page does move the meeting of 2030 into the past.
        Assert.Equal("Upcoming 0 meetings", later.Page("reading-group/index.html").QuerySelector("section.meetings h2")!.TextContent.Trim());
    }

    [Fact]
    public void A_site_without_reading_has_no_reading_group_page_or_calendar()
    {
        using var site = InlineSite.OnePaper();
        using var built = site.Build();
        Assert.False(built.Exists("reading-group/index.html"));
        Assert.False(built.Exists("reading-group.ics"));
        Assert.DoesNotContain("Reading group", built.Page("index.html").QuerySelector(".site-nav")!.TextContent);
    }

    /// <summary>Reads the calendar with Debian's python3-icalendar: one line per event, uid|start|end|location|summary, in file order.</summary>
    private static List<string> ReadWithPythonIcalendar(string file)
    {
        const string script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for e in cal.walk('VEVENT'):
                print('|'.join([str(e['UID']), e['DTSTART'].dt.isoformat(), e['DTEND'].dt.isoformat(), str(e['LOCATION']), str(e['SUMMARY'])]))
            """;
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", script, file]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var python = Process.Start(start)!;
        var stdout = python.StandardOutput.ReadToEndAsync();
        var stderr = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, "python3-icalendar could not read the calendar (apt-get install python3-icalendar): " + stderr);
        return [.. stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
