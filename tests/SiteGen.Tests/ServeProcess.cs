using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SiteGen.Tests;

/// <summary>A running <c>sitegen serve</c> on a free port, stopped with SIGTERM when disposed.</summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<Uri> _serving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="builtInTheme">Serve with the theme inside SiteGen (no <c>--theme</c>, from a folder without one) instead of the repository's <c>theme/</c>.</param>
    public ServeProcess(string contentDir, string basePath = "/", bool builtInTheme = false)
    {
        string[] theme = builtInTheme ? [] : ["--theme", Repo.Theme];
        var start = Sitegen.StartInfo(new Dictionary<string, string?>(),
            ["serve", "--content", contentDir, .. theme, "--port", "0", "--base-url", basePath]);
        // Without --theme, serve looks for theme/ in its working folder: the content's parent, as in a site repository.
        start.WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(contentDir));
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Receive(e.Data);
        _process.ErrorDataReceived += (_, e) => Receive(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (!_serving.Task.Wait(TimeSpan.FromSeconds(30)))
            throw new TimeoutException("serve did not start:\n" + Output);
        Root = _serving.Task.Result;
    }

    /// <summary>The served site's address, base path included.</summary>
    public Uri Root { get; }

    public string Output => string.Join('\n', _lines);

    public HttpClient Client { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Asks the server to stop as a service manager would and returns its exit code.</summary>
    public int Stop()
    {
        _ = kill(_process.Id, SigTerm);
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10))) _process.Kill();
        _process.WaitForExit();
        return _process.ExitCode;
    }

    private const int SigTerm = 15;

    // .NET can only SIGKILL a process; SIGTERM (what systemd or Docker send) exercises the clean shutdown.
    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    private void Receive(string? line)
    {
        if (line is null) return;
        _lines.Enqueue(line);
        if (line.StartsWith("Serving ", StringComparison.Ordinal))
            _serving.TrySetResult(new Uri(line.Split(' ')[1]));
    }

    public void Dispose()
    {
        if (!_process.HasExited) Stop();
        _process.Dispose();
        Client.Dispose();
    }
}
