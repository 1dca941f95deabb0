using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Import;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen check</c>: loads and validates the content and writes nothing. The pull-request gate:
/// exit 0 without errors, 1 with errors (or warnings under <c>--strict</c>).
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var format = CommonOptions.Format();
        var verbose = CommonOptions.Verbose();
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors" };
        var command = new Command("check", "Check the content for problems without building the site.") { content, format, strict, verbose };
        command.SetAction(result =>
        {
            var bag = new DiagnosticBag();
            var collection = SiteBuilder.Load(result.GetValue(content)!, bag, out var contentSet);
            if (collection is not null && contentSet is not null) CachedRecordCheck.Check(contentSet, collection, bag);
            var diagnostics = bag.Sorted();
            if (result.GetValue(strict))
                diagnostics = [.. diagnostics.Select(d => d with { Severity = Severity.Error })];

            var chosen = DiagnosticPrinter.Choose(result.GetValue(format));
            DiagnosticPrinter.Print(diagnostics, chosen, result.GetValue(verbose));
            var failed = diagnostics.Any(d => d.Severity == Severity.Error);
            if (chosen != ReportFormat.Json)
            {
                var what = collection is null ? "" : $"{collection.Papers.Length} papers, {collection.Topics.Length} topics, {collection.Authors.Length} authors: ";
                Console.Error.WriteLine($"Checked {what}{Summary.Count(diagnostics, Severity.Error)}, {Summary.Count(diagnostics, Severity.Warning)}.");
            }
            return failed ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
