using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SiteGen.Paths;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Kestrel on 127.0.0.1 serving a <see cref="LiveSite"/> under its base path, plus the live-reload
/// endpoints under <c>/__sitegen/</c>. Only this server injects the reload script into pages.
/// </summary>
internal sealed class DevServer
{
    public const string EventsPath = "/__sitegen/events";
    public const string ScriptPath = "/__sitegen/live-reload.js";
    private static readonly byte[] ScriptTag = Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\"></script>");
    private static readonly FileExtensionContentTypeProvider ContentTypes = new()
    {
        // Not in ASP.NET Core's table: show BibTeX as text rather than download it as bytes.
        Mappings = { [".bib"] = "text/x-bibtex; charset=utf-8" },
    };

    private readonly LiveSite _site;
    private readonly ReloadBroadcaster _tabs;
    private readonly string _basePath;
    private readonly WebApplication _app;

    public DevServer(LiveSite site, ReloadBroadcaster tabs, string basePath, int port)
    {
        (_site, _tabs, _basePath) = (site, tabs, basePath);
        var builder = WebApplication.CreateSlimBuilder();
        // The terminal is for build results, not request logs.
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        _app = builder.Build();
        _app.MapGet(EventsPath, StreamEvents);
        _app.MapGet(ScriptPath, () => Results.Text(Script.Value, "text/javascript", Encoding.UTF8));
        _app.MapFallback("{*path}", ServeFile);
    }

    public Task StartAsync() => _app.StartAsync();

    /// <summary>Runs until Ctrl+C (SIGINT) or SIGTERM, then closes open event streams and stops.</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    private async Task ServeFile(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            if (path == "/") context.Response.Redirect(_basePath);
            else context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (!_site.HasAnyFile)
        {
            // Nothing good to show yet: the problems, and the reload script so the page comes up once they are fixed.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/html; charset=utf-8";
            var problems = HtmlEncoder.Default.Encode(string.Join('\n', _site.Problems.DefaultIfEmpty("Building...")));
            await context.Response.WriteAsync(
                $"<!doctype html><meta charset=\"utf-8\"><title>Build failed</title><h1>The site has not built yet</h1><pre>{problems}</pre>");
            await context.Response.Body.WriteAsync(ScriptTag);
            return;
        }

        var sitePath = "/" + path[_basePath.Length..];
        var relative = SitePaths.FileFor(sitePath);
        if (!_site.TryGet(relative, out var bytes))
        {
            if (_site.TryGet(SitePaths.FileFor(sitePath + "/"), out _))
            {
                context.Response.Redirect(path + "/");
                return;
            }
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            relative = SitePaths.FileFor(SitePaths.NotFound);
            if (!_site.TryGet(relative, out bytes)) return;
        }

        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = ContentTypes.TryGetContentType(relative, out var type) ? type : "application/octet-stream";
        if (relative.EndsWith(".html", StringComparison.Ordinal))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            bytes = WithReloadScript(bytes);
        }
        await context.Response.Body.WriteAsync(bytes);
    }

    private async Task StreamEvents(HttpContext context, IHostApplicationLifetime lifetime)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var reader = _tabs.Subscribe();
        try
        {
            // A tab that connects while the build is broken sees the problems at once.
            var problems = _site.Problems;
            var hello = problems.Count > 0 ? ReloadBroadcaster.Format("problems", problems) : ": connected\n\n";
            await context.Response.WriteAsync(hello, stop.Token);
            await context.Response.Body.FlushAsync(stop.Token);
            await foreach (var message in reader.ReadAllAsync(stop.Token))
            {
                await context.Response.WriteAsync(message, stop.Token);
                await context.Response.Body.FlushAsync(stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping.
        }
        finally
        {
            _tabs.Unsubscribe(reader);
        }
    }

    /// <summary>The page with the reload script just before its last <c>&lt;/body&gt;</c> (or at the end).</summary>
    private static byte[] WithReloadScript(byte[] page)
    {
        var end = page.AsSpan().LastIndexOf("</body>"u8);
        if (end < 0) end = page.Length;
        return [.. page.AsSpan(0, end), .. ScriptTag, .. page.AsSpan(end)];
    }

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(DevServer).Assembly.GetManifestResourceStream("SiteGen.Cli.Serve.live-reload.js")
            ?? throw new InvalidOperationException("live-reload.js is not embedded");
        return new StreamReader(stream).ReadToEnd();
    });
}
