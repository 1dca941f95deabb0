using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary><c>sitegen check-links</c>: every internal link, asset and fragment of a built site resolves.</summary>
internal static class CheckLinksCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output") { Description = "The built site to check", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string>("--base-url") { Description = "The base URL the site was built with", DefaultValueFactory = _ => "/" };
        var format = CommonOptions.Format();
        var command = new Command("check-links", "Check that every internal link of a built site reaches a page.") { output, baseUrl, format };
        command.SetAction(result =>
        {
            var folder = result.GetValue(output)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"sitegen: no built site at {folder}; run 'sitegen build' first");
                return ExitCodes.Usage;
            }
            var problems = LinkChecker.Check(folder, result.GetValue(baseUrl)!);
            DiagnosticPrinter.Print(problems, DiagnosticPrinter.Choose(result.GetValue(format)));
            var pages = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Count();
            Console.Error.WriteLine($"Checked the links of {pages} pages: {Summary.Count(problems, Severity.Error)}.");
            return problems.Count > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
