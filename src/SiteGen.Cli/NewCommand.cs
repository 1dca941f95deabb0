using System.CommandLine;
using System.Globalization;
using SiteGen.Import;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen new paper</c>: scaffolds a checked entry, never overwriting: from flags, offline, or, given <c>--arxiv</c> or
/// <c>--doi</c> without <c>--title</c>, from the arXiv API or Crossref/DataCite (answers kept in <c>content/metadata/</c>).
/// </summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var title = new Option<string?>("--title") { Description = "The paper's title (required unless --arxiv or --doi looks the paper up)" };
        var authors = new Option<string[]>("--authors")
        {
            Description = "Authors in order: several values, or one value separated by ';' (\"Ada Lovelace; Alan Turing\"); required with --title",
            AllowMultipleArgumentsPerToken = true,
        };
        var topics = new Option<string[]>("--topics")
        {
            Description = "Topic slugs: several values, or one value separated by ','",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var date = new Option<string?>("--date") { Description = "Publication date, YYYY-MM-DD (default: today)" };
        var slug = new Option<string?>("--slug") { Description = "File name without .md (default: made from the title)" };
        // Every optional key of the paper schema that makes sense on the command line is an option of the same name.
        var fields = PaperSchema.Keys.Where(k => k.Option)
            .Select(k => (k.Name, Option: new Option<string?>("--" + k.Name) { Description = char.ToUpperInvariant(k.Description[0]) + k.Description[1..] }))
            .ToList();

        var paper = new Command("paper", "Create a new paper entry in the content folder; it is checked before it is written.")
        {
            content, title, authors, topics, date, slug,
        };
        foreach (var (_, option) in fields) paper.Options.Add(option);
        paper.SetAction(result =>
        {
            var dateText = result.GetValue(date);
            var day = DateOnly.FromDateTime(DateTime.Today);
            if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                Console.Error.WriteLine($"sitegen: --date must be YYYY-MM-DD, not \"{dateText}\"");
                return ExitCodes.Usage;
            }

            var contentDir = result.GetValue(content)!;
            var flags = fields
                .Select(f => (f.Name, Value: result.GetValue(f.Option)))
                .Where(f => f.Value is not null)
                .ToDictionary(f => f.Name, f => f.Value!, StringComparer.Ordinal);
            var topicList = Split(result.GetValue(topics), ',');
            NewPaper request;
            if (result.GetValue(title) is { } given)
            {
                if (Split(result.GetValue(authors), ';') is not { Length: > 0 } names)
                {
                    Console.Error.WriteLine("sitegen: --authors is required with --title");
                    return ExitCodes.Usage;
                }
                request = new NewPaper(given.Trim(), names, topicList, day) { Fields = flags };
            }
            else if (flags.ContainsKey("arxiv") || flags.ContainsKey("doi"))
            {
                if (Lookup.Paper(contentDir, flags.GetValueOrDefault("arxiv"), flags.GetValueOrDefault("doi")) is not { } found)
                {
                    Console.Error.WriteLine("Nothing was written.");
                    return ExitCodes.ContentErrors;
                }
                request = NewPaper.From(found, topicList, flags);
                if (dateText is not null) request = request with { Date = day };
            }
            else
            {
                Console.Error.WriteLine("sitegen: --title is required, unless --arxiv or --doi names the paper to look up");
                return ExitCodes.Usage;
            }
            request = request with { Slug = result.GetValue(slug) };

            var bag = new DiagnosticBag();
            var planned = PaperScaffold.Plan(contentDir, request, bag);
            DiagnosticPrinter.Print(bag.Sorted(), ReportFormat.Text);
            if (planned is null)
            {
                Console.Error.WriteLine("Nothing was written.");
                return ExitCodes.ContentErrors;
            }
            PaperScaffold.Write(planned);
            Console.WriteLine($"Created {planned.DisplayPath}");
            Console.WriteLine("Next: write your notes below the front matter, then run 'sitegen check' and 'sitegen serve'.");
            return ExitCodes.Success;
        });

        return new Command("new", "Create new content from a template.") { paper };
    }

    private static string[] Split(string[]? values, char separator) =>
        [.. (values ?? []).SelectMany(v => v.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
