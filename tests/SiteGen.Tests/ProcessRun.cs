using System.Diagnostics;

namespace SiteGen.Tests;

/// <summary>Runs a program to its end and keeps what it printed.</summary>
internal static class ProcessRun
{
    public static SitegenResult Of(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new SitegenResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
