using System.CommandLine;
using System.Globalization;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary><c>sitegen build</c>: content folder in, complete site out, or every problem reported.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var theme = CommonOptions.Theme();
        var output = new Option<string>("--output") { Description = "Folder to write the site to (replaced whole on success)", DefaultValueFactory = _ => "output" };
        var baseUrl = CommonOptions.BaseUrl();
        var format = CommonOptions.Format();
        var verbose = CommonOptions.Verbose();
        var buildDate = new Option<DateOnly?>("--build-date")
        {
            Description = "The build's day, YYYY-MM-DD: reading-group meetings from it on are upcoming (default: today, UTC)",
            CustomParser = r =>
            {
                var text = r.Tokens.Single().Value;
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
                r.AddError($"--build-date must be a date written YYYY-MM-DD, not \"{text}\"");
                return null;
            },
        };

        var command = new Command("build", "Build the site from the content folder into the output folder.")
        {
            content, theme, output, baseUrl, format, verbose, buildDate,
        };
        command.SetAction(result =>
        {
            var themeDir = CommonOptions.ThemeFolder(result.GetValue(theme));
            if (themeDir is not null && !Directory.Exists(themeDir))
            {
                Console.Error.WriteLine($"sitegen: theme folder not found: {themeDir}");
                return ExitCodes.Usage;
            }

            var options = new BuildOptions(result.GetValue(content)!, themeDir, result.GetValue(output)!, result.GetValue(baseUrl))
            {
                Today = result.GetValue(buildDate),
            };
            var report = BuildProgressDisplay.Run(progress => SiteBuilder.Build(options with { Progress = progress }));
            DiagnosticPrinter.Print(report.Diagnostics, DiagnosticPrinter.Choose(result.GetValue(format)), result.GetValue(verbose));

            if (!report.Succeeded)
            {
                Console.Error.WriteLine($"Build failed: {Summary.Count(report.Diagnostics, Severity.Error)}; {options.OutputDir} was not changed.");
                return ExitCodes.ContentErrors;
            }
            Console.WriteLine(Steps(report));
            foreach (var note in report.Notes) Console.WriteLine("Note: " + note);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Built {report.PageCount} pages ({report.FileCount} files) into {options.OutputDir} in {report.Time.TotalSeconds:0.00} s, {Summary.Count(report.Diagnostics, Severity.Warning)}."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Steps(BuildReport report) =>
        "Steps: " + string.Join(", ", report.Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Step} {s.Time.TotalSeconds:0.00} s")));
}
