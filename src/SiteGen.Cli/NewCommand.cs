using System.CommandLine;
using System.Globalization;
using SiteGen.Authoring;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary><c>sitegen new paper</c>: scaffolds a checked entry from flags, offline, never overwriting.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var title = new Option<string>("--title") { Description = "The paper's title", Required = true };
        var authors = new Option<string[]>("--authors")
        {
            Description = "Authors in order: several values, or one value separated by ';' (\"Ada Lovelace; Alan Turing\")",
            Required = true,
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
        var venue = new Option<string?>("--venue") { Description = "Journal or conference" };
        var arxiv = new Option<string?>("--arxiv") { Description = "arXiv id, e.g. 2501.12345" };
        var doi = new Option<string?>("--doi") { Description = "DOI, e.g. 10.1145/3295500.3356138" };
        var url = new Option<string?>("--url") { Description = "The paper's page" };
        var pdf = new Option<string?>("--pdf") { Description = "Link to the PDF" };
        var code = new Option<string?>("--code") { Description = "Link to the code" };
        var abstractText = new Option<string?>("--abstract") { Description = "The abstract" };

        var paper = new Command("paper", "Create a new paper entry in the content folder; it is checked before it is written.")
        {
            content, title, authors, topics, date, slug, venue, arxiv, doi, url, pdf, code, abstractText,
        };
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
            var request = new NewPaper(
                result.GetValue(title)!.Trim(),
                Split(result.GetValue(authors), ';'),
                Split(result.GetValue(topics), ','),
                day)
            {
                Slug = result.GetValue(slug),
                Venue = result.GetValue(venue),
                Arxiv = result.GetValue(arxiv),
                Doi = result.GetValue(doi),
                Url = result.GetValue(url),
                Pdf = result.GetValue(pdf),
                Code = result.GetValue(code),
                Abstract = result.GetValue(abstractText),
            };

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
