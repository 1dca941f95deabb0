using System.Diagnostics;

namespace SiteGen.Tests;

/// <summary>What a run of the real <c>sitegen</c> program printed and returned.</summary>
internal sealed record SitegenResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real <c>sitegen</c> program from the test's bin folder, as a user would.</summary>
internal static class Sitegen
{
    public static SitegenResult Run(params string[] args) => Run(new Dictionary<string, string?>(), args);

    /// <summary>Runs with extra environment variables; a null value removes the variable.</summary>
    public static SitegenResult Run(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunIn(Directory.GetCurrentDirectory(), environment, args);

    /// <summary>Runs in a working folder, so that default paths (<c>content</c>, <c>output</c>) resolve there.</summary>
    public static SitegenResult RunIn(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = StartInfo(environment, args);
        start.WorkingDirectory = workingDirectory;
        return ProcessRun.Of(start);
    }

    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitegen.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Tests must not depend on whether they themselves run inside GitHub Actions.
        start.Environment.Remove("GITHUB_ACTIONS");
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        return start;
    }
}
