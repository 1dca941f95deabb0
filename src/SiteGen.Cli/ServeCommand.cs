using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SiteGen.Cli.Serve;
using SiteGen.Diagnostics;
using SiteGen.Paths;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen serve</c>: builds into memory, serves on 127.0.0.1, rebuilds when content or theme
/// change and reloads open tabs. Content errors keep the last good site up and show in the page.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var theme = CommonOptions.Theme();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 4000 };
        var baseUrl = new Option<string?>("--base-url") { Description = "Serve under this path, e.g. /reading-list/ as on GitHub Pages (default /)" };

        var command = new Command("serve", "Build, serve on 127.0.0.1 and rebuild on every change, reloading open browser tabs.")
        {
            content, theme, port, baseUrl,
        };
        command.SetAction(result =>
        {
            var themeDir = CommonOptions.ThemeFolder(result.GetValue(theme));
            var contentDir = result.GetValue(content)!;
            var missing = new[] { themeDir, contentDir }.FirstOrDefault(dir => dir is not null && !Directory.Exists(dir));
            if (missing is not null)
            {
                Console.Error.WriteLine($"sitegen: folder not found: {missing}");
                return ExitCodes.Usage;
            }
            return Run(contentDir, themeDir, result.GetValue(port), new SiteUrls(result.GetValue(baseUrl) ?? "/").BasePath)
                .GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> Run(string contentDir, string? themeDir, int requestedPort, string basePath)
    {
        var port = requestedPort == 0 ? FreePort() : requestedPort;
        var root = $"http://127.0.0.1:{port}{basePath}";
        // Built with the local address so absolute links (canonical URLs, feeds) stay on this server.
        var site = new LiveSite(new BuildOptions(contentDir, themeDir, OutputDir: "", BaseUrl: root));
        var tabs = new ReloadBroadcaster();
        var server = new DevServer(site, tabs, basePath, port);
        try
        {
            await server.StartAsync();
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"sitegen: cannot listen on 127.0.0.1:{port}: {ex.Message} (try another --port, or --port 0)");
            return ExitCodes.ContentErrors;
        }

        Report(site.Rebuild(), tabs, basePath, first: true);
        // The built-in theme cannot change while serving: only a theme folder is watched.
        string[] watched = themeDir is null ? [contentDir] : [contentDir, themeDir];
        using var watcher = new ChangeWatcher(watched, () => Report(site.Rebuild(), tabs, basePath, first: false), site.Touched);
        Console.WriteLine($"Serving {root} (watching {string.Join(" and ", watched)}; Ctrl+C to stop)");
        await server.WaitForShutdownAsync();
        Console.WriteLine("Stopped.");
        return ExitCodes.Success;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void Report(Rebuild rebuild, ReloadBroadcaster tabs, string basePath, bool first)
    {
        var report = rebuild.Report;
        DiagnosticPrinter.Print(report.Diagnostics, DiagnosticPrinter.Choose(null));
        var seconds = report.Time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!report.Succeeded)
        {
            Console.Error.WriteLine($"Build failed: {Summary.Count(report.Diagnostics, Severity.Error)}; {(first ? "nothing to serve until they are fixed" : "still serving the last good site")}.");
            tabs.Send("problems", report.Diagnostics.Select(d => d.ToString()).ToList());
            return;
        }
        Console.WriteLine(first
            ? $"Built {report.Files.Length} files in {seconds} s, {Summary.Count(report.Diagnostics, Severity.Warning)}."
            : $"Rebuilt in {seconds} s: {rebuild.Changed.Count} file{(rebuild.Changed.Count == 1 ? "" : "s")} changed.");
        tabs.Send(rebuild.Changed.Count > 0 ? "reload" : "fixed", rebuild.Changed.Select(path => basePath + path).ToList());
    }
}
