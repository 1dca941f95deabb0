using System.Diagnostics;

namespace SiteGen.Tests;

/// <summary>Runs one of the Node scripts in <c>tests/search</c>, which test search against the real lunr.js and Chromium.</summary>
internal static class NodeScript
{
    public static string Folder => Path.Combine(Repo.Root, "tests", "search");

    /// <summary>Runs the script; the assertion message carries everything it printed.</summary>
    public static void Passes(string script, params string[] args) => Passes(TimeSpan.FromMinutes(5), script, args);

    /// <summary>Runs the script, stopped after <paramref name="limit"/>; the assertion message carries everything it printed.</summary>
    public static void Passes(TimeSpan limit, string script, params string[] args)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules", "lunr")),
            "tests/search has no node_modules: building the test project runs `npm ci` there, which needs Node.js and npm on PATH (see the build's warning)");
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish in {limit.TotalMinutes} minutes:\n{stdout.Result}\n{stderr.Result}");
        }
        Assert.True(process.ExitCode == 0, $"node {script} failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
    }
}
