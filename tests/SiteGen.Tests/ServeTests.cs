using System.Diagnostics;
using System.Net;
using System.Threading.Channels;

namespace SiteGen.Tests;

/// <summary><c>sitegen serve</c>: a real server on 127.0.0.1, edited entries, reload events and broken content.</summary>
public sealed class ServeTests
{
    // How long to wait for an event before calling it lost: a hang guard, not a speed test (bench/run.sh
    // measures the rebuild after one edit).
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_edited_entry_is_served_changed_with_a_reload_event()
    {
        // The whole seed collection, so that the rebuild is one of a collection of real size.
        using var copy = new ContentCopy();
        using var serve = new ServeProcess(copy.Content, "/reading-list/");
        var page = new Uri(serve.Root, "papers/accllm/");
        Assert.Contains("<h1", await serve.Client.GetStringAsync(page));
        using var events = await EventStream.Open(serve);

        var entry = copy.File("papers/2025/accllm.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("title: \"AccLLM:", "title: \"AccLLM Revised:"));

        var reload = await events.Next("reload", Soon);
        Assert.Contains("/reading-list/papers/accllm/index.html", reload);
        Assert.Contains("AccLLM Revised:", await serve.Client.GetStringAsync(page));
    }

    [Fact]
    public async Task A_site_without_a_theme_folder_is_served_with_the_built_in_theme_and_its_content_watched()
    {
        using var site = InlineSite.OnePaper();
        Directory.Delete(Path.Combine(site.Root, "theme"));
        using var serve = new ServeProcess(site.Content, "/reading-list/", builtInTheme: true);

        var home = await serve.Client.GetStringAsync(serve.Root);
        var css = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/reading-list/assets/site\\.[0-9a-f]+\\.css)\"").Groups[1].Value;
        Assert.NotEmpty(css);
        Assert.Equal(HttpStatusCode.OK, (await serve.Client.GetAsync(new Uri(serve.Root, css))).StatusCode);
        Assert.Contains($"(watching {site.Content}; Ctrl+C to stop)", serve.Output);
    }

    [Fact]
    public async Task A_broken_entry_keeps_the_last_good_site_and_reports_the_problem_in_terminal_and_page()
    {
        using var site = InlineSite.OnePaper();
        using var serve = new ServeProcess(site.Content);
        var page = new Uri(serve.Root, "papers/one/");
        var before = await serve.Client.GetStringAsync(page);
        using var events = await EventStream.Open(serve);

        site.Write("papers/2025/one.md", "---\ntitle: [unclosed\n---\n");

        var problems = await events.Next("problems", Soon);
        Assert.Contains("one.md:3:1: error: invalid YAML", problems);
        Assert.Equal(before, await serve.Client.GetStringAsync(page));
        await Eventually(() => serve.Output.Contains("still serving the last good site"));

        // A tab opened while the build is broken is told at once.
        using var late = await EventStream.Open(serve);
        Assert.Contains("one.md", await late.Next("problems", Soon));
    }

    [Fact]
    public async Task Broken_from_the_start_the_page_lists_the_problems_until_they_are_fixed()
    {
        using var site = InlineSite.OnePaper();
        var entry = Path.Combine(site.Content, "papers/2025/one.md");
        var good = File.ReadAllText(entry);
        File.WriteAllText(entry, "---\ntitle: [unclosed\n---\n");
        using var serve = new ServeProcess(site.Content);

        var broken = await serve.Client.GetAsync(serve.Root);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        var body = await broken.Content.ReadAsStringAsync();
        Assert.Contains("one.md:3:1: error: invalid YAML", body);
        Assert.Contains("/__sitegen/live-reload.js", body);

        using var events = await EventStream.Open(serve);
        File.WriteAllText(entry, good);
        // The first good build renders everything for the first time (no warm caches): allow it longer.
        Assert.Contains("/index.html", await events.Next("reload", TimeSpan.FromSeconds(20)));
        Assert.Equal(HttpStatusCode.OK, (await serve.Client.GetAsync(serve.Root)).StatusCode);
    }

    [Fact]
    public async Task Pages_carry_the_reload_script_only_when_served_and_the_base_path_is_honoured()
    {
        using var site = InlineSite.OnePaper();
        using var serve = new ServeProcess(site.Content, "/reading-list/");
        var home = await serve.Client.GetStringAsync(serve.Root);
        Assert.Contains("<script src=\"/__sitegen/live-reload.js\"></script></body>", home);
        Assert.Contains("href=\"/reading-list/papers/\"", home);

        var root = await serve.Client.GetAsync(new Uri(serve.Root, "/"));
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/reading-list/", root.Headers.Location!.OriginalString);
        var missing = await serve.Client.GetAsync(new Uri(serve.Root, "no-such-page/"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var script = await serve.Client.GetAsync(new Uri(serve.Root, "/__sitegen/live-reload.js"));
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);

        var built = SeedSite.AtRoot;
        Assert.DoesNotContain(built.HtmlFiles(), f => File.ReadAllText(Path.Combine(built.Output, f)).Contains("__sitegen"));
    }

    [Fact]
    public async Task Stopping_is_clean()
    {
        using var site = InlineSite.OnePaper();
        var serve = new ServeProcess(site.Content);
        using var events = await EventStream.Open(serve);
        Assert.Equal(0, serve.Stop());
        Assert.Contains("Stopped.", serve.Output);
        serve.Dispose();
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Soon, "condition not met in time");
            await Task.Delay(50);
        }
    }

    /// <summary>The server-sent events a browser tab would receive, read on a background task.</summary>
    private sealed class EventStream : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Channel<(string Name, string Data)> _events = Channel.CreateUnbounded<(string, string)>();

        public static async Task<EventStream> Open(ServeProcess serve)
        {
            var stream = new EventStream();
            var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var response = await client.GetAsync(new Uri(serve.Root, "/__sitegen/events"), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            _ = Task.Run(async () =>
            {
                string? name = null;
                try
                {
                    while (await reader.ReadLineAsync(stream._stop.Token) is { } line)
                    {
                        if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                        else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null) stream._events.Writer.TryWrite((name, line[6..]));
                    }
                }
                catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException) { }
                finally { client.Dispose(); }
            });
            return stream;
        }

        /// <summary>The data of the next event with this name, skipping others.</summary>
        public async Task<string> Next(string name, TimeSpan within)
        {
            using var timeout = new CancellationTokenSource(within);
            while (true)
            {
                var (eventName, data) = await _events.Reader.ReadAsync(timeout.Token);
                if (eventName == name) return data;
            }
        }

        public void Dispose() => _stop.Cancel();
    }
}
