using System.CommandLine;
using System.Globalization;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary><c>sitegen build</c>: content folder in, complete site out, or every problem reported.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "Content folder to read", DefaultValueFactory = _ => "content" };
        var theme = new Option<string>("--theme") { Description = "Theme folder to render with", DefaultValueFactory = _ => "theme" };
        var output = new Option<string>("--output") { Description = "Folder to write the site to (replaced whole on success)", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Where the site is published, e.g. https://lab.github.io/reading-list/ (overrides site.yml)" };

        var command = new Command("build", "Build the site from the content folder into the output folder.")
        {
            content, theme, output, baseUrl,
        };
        command.SetAction(result =>
        {
            var themeDir = result.GetValue(theme)!;
            if (!Directory.Exists(themeDir))
            {
                Console.Error.WriteLine($"sitegen: theme folder not found: {themeDir}");
                return ExitCodes.Usage;
            }

            var report = SiteBuilder.Build(new BuildOptions(
                result.GetValue(content)!, themeDir, result.GetValue(output)!, result.GetValue(baseUrl)));
            DiagnosticPrinter.Print(report.Diagnostics);

            if (!report.Succeeded)
            {
                Console.Error.WriteLine($"Build failed: {Count(report.Diagnostics, Severity.Error)}; {result.GetValue(output)} was not changed.");
                return ExitCodes.ContentErrors;
            }
            var seconds = report.Steps.Sum(s => s.Time.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Built {report.FilesWritten} files into {result.GetValue(output)} in {seconds:0.00} s ({Count(report.Diagnostics, Severity.Warning)})."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Count(IReadOnlyList<Diagnostic> diagnostics, Severity severity)
    {
        var n = diagnostics.Count(d => d.Severity == severity);
        var word = severity == Severity.Error ? "error" : "warning";
        return $"{n} {word}{(n == 1 ? "" : "s")}";
    }
}
