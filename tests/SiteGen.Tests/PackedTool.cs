using System.Diagnostics;

namespace SiteGen.Tests;

/// <summary>
/// SiteGen packed as its .NET tool (from the build these tests run on, so once per test run) and installed into a
/// temporary tool path from a local package folder, as a lab would install it from NuGet. Every <c>dotnet</c> this
/// runs gets its own NuGet package folder and CLI home: the global ones would keep a package of the same version
/// built from other code, and are not the tests' to change.
/// </summary>
public sealed class PackedTool : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
    private readonly TempFolder _temp = new();

    public PackedTool()
    {
        var pack = Dotnet(Repo.Root, "pack", Path.Combine(Repo.Root, "src", "SiteGen.Cli", "SiteGen.Cli.csproj"),
            "--no-build", "-c", Configuration, "-o", Packages);
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Stdout + pack.Stderr);
        var package = Assert.Single(Directory.GetFiles(Packages, "SiteGen.*.nupkg"));
        Version = Path.GetFileNameWithoutExtension(package)["SiteGen.".Length..];

        WriteNuGetConfig(_temp.Path);
        var install = Dotnet(_temp.Path, "tool", "install", "SiteGen", "--version", Version, "--tool-path", _temp.Combine("tools"));
        Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.Stdout + install.Stderr);
    }

    /// <summary>The local package folder holding the packed <c>SiteGen.&lt;version&gt;.nupkg</c>.</summary>
    public string Packages => _temp.Combine("packages");

    /// <summary>The package's version, which <c>sitegen init</c> pins.</summary>
    public string Version { get; }

    /// <summary>Runs the installed <c>sitegen</c> command in <paramref name="workingDirectory"/>.</summary>
    internal SitegenResult Sitegen(string workingDirectory, params string[] args)
    {
        var start = Start(_temp.Combine("tools", "sitegen"), workingDirectory);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return ProcessRun.Of(start);
    }

    /// <summary>Runs a shell command line (a workflow's <c>run:</c>) in <paramref name="workingDirectory"/>, with this tool's NuGet set-up.</summary>
    internal SitegenResult Shell(string workingDirectory, string commandLine, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = Start("bash", workingDirectory);
        start.ArgumentList.Add("-euo");
        start.ArgumentList.Add("pipefail");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(commandLine);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return ProcessRun.Of(start);
    }

    /// <summary>
    /// Writes a <c>nuget.config</c> into <paramref name="folder"/> whose only package source is the local package
    /// folder, so <c>dotnet tool restore</c> there installs the packed SiteGen, offline.
    /// </summary>
    public void WriteNuGetConfig(string folder) =>
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Packages}" />
              </packageSources>
            </configuration>
            """);

    private SitegenResult Dotnet(string workingDirectory, params string[] args)
    {
        var start = Start("dotnet", workingDirectory);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return ProcessRun.Of(start);
    }

    private ProcessStartInfo Start(string program, string workingDirectory)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory };
        start.Environment["NUGET_PACKAGES"] = _temp.Combine("nuget-packages");
        start.Environment["DOTNET_CLI_HOME"] = _temp.Combine("dotnet-home");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // Tests must not depend on whether they themselves run inside GitHub Actions.
        start.Environment.Remove("GITHUB_ACTIONS");
        return start;
    }

    public void Dispose() => _temp.Dispose();
}
