using System.CommandLine;
using SiteGen.Import;
using SiteGen.Diagnostics;
using SiteGen.Bibtex;
using SiteGen.Content;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen import bibtex|ris|csl-json FILE...</c>: new entries from bibliography files, with one duplicate rule, check,
/// <c>--update</c> and <c>--dry-run</c> for every format; bad records are reported and skipped. <c>import arxiv ID...</c>: by id.
/// </summary>
internal static class ImportCommand
{
    public static Command Create() => new("import", "Import papers from other formats.")
    {
        FromFiles("bibtex", "Import papers from BibTeX files.",
            "The .bib files to import, read in order as one bibliography (@string macros and crossref targets may be in any of them)",
            (files, bag) => BibtexParser.Parse(files, bag)),
        FromFiles("ris", "Import papers from RIS files (EndNote, Zotero, Mendeley).", "The .ris files to import",
            (files, bag) => [.. files.SelectMany(f => RisReader.Read(f.Path, f.Text, bag))]),
        FromFiles("csl-json", "Import papers from CSL-JSON files (Zotero, Mendeley, citation-js).", "The CSL-JSON files to import",
            (files, bag) => [.. files.SelectMany(f => CslJsonReader.Read(f.Path, f.Text, bag))]),
        Arxiv(),
    };

    /// <param name="read">Reads the files (display path and text, in order) into records.</param>
    private static Command FromFiles(string name, string description, string filesDescription,
        Func<IReadOnlyList<(string Path, string Text)>, DiagnosticBag, IReadOnlyList<BibtexEntry>> read)
    {
        var files = new Argument<string[]>("FILE") { Description = filesDescription, Arity = ArgumentArity.OneOrMore };
        var content = CommonOptions.Content();
        var topics = new Option<string[]>("--topics")
        {
            Description = "Topic slugs every imported entry gets: several values, or one separated by ','",
            AllowMultipleArgumentsPerToken = true,
        };
        var topicMap = new Option<string?>("--topic-map") { Description = "YAML file mapping keywords to topic slugs (keyword: slug)" };
        var update = new Option<bool>("--update") { Description = "Fill in fields that existing entries lack (never their notes) instead of skipping them" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be done and write nothing" };

        var command = new Command(name, description) { files, content, topics, topicMap, update, dryRun };
        command.SetAction(result =>
        {
            var bibs = result.GetValue(files)!;
            var mapFile = result.GetValue(topicMap);
            foreach (var path in bibs.Append(mapFile).OfType<string>().Where(p => !File.Exists(p)))
            {
                Console.Error.WriteLine($"sitegen: file not found: {path}");
                return ExitCodes.Usage;
            }
            var contentDir = result.GetValue(content)!;
            if (!Directory.Exists(contentDir))
            {
                Console.Error.WriteLine($"sitegen: content folder not found: {contentDir}");
                return ExitCodes.Usage;
            }

            if (ReadTopicMap(mapFile) is not { } topicMapping) return ExitCodes.Usage;
            var options = new ImportOptions(contentDir)
            {
                Topics = [.. (result.GetValue(topics) ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
                TopicMap = topicMapping,
                Update = result.GetValue(update),
                DryRun = result.GetValue(dryRun),
            };
            var bag = new DiagnosticBag();
            var display = bibs.Select(b => b.Replace('\\', '/')).ToList();
            var records = read([.. bibs.Select((b, i) => (display[i], File.ReadAllText(b)))], bag);
            var actions = BibtexImporter.Import(records, display, options, bag);

            var would = options.DryRun ? "would " : "";
            foreach (var action in actions)
                Console.WriteLine($"{would}{action.Verb,-6} {action.Path}  ({action.RecordKey}, {(bibs.Length > 1 ? action.Source + ":" : "line ")}{action.Line}){(action.Detail.Length > 0 ? ": " + action.Detail : "")}");
            DiagnosticPrinter.Print(bag.Sorted(), ReportFormat.Text);
            int Count(string verb) => actions.Count(a => a.Verb == verb);
            var failed = bag.Sorted().Count(d => d.Severity == Severity.Error);
            Console.Error.WriteLine($"{(options.DryRun ? "Dry run: would import" : "Imported")} {Count("create")} new, updated {Count("update")}, skipped {Count("skip")}; {failed} record{(failed == 1 ? "" : "s")} with errors.");
            return failed > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>sitegen import arxiv ID...</c>: one new entry per arXiv id, as <c>new paper --arxiv</c> makes it.</summary>
    private static Command Arxiv()
    {
        var ids = new Argument<string[]>("ID") { Description = "arXiv ids (2509.25035, hep-th/9901001, arXiv:2509.25035v2)", Arity = ArgumentArity.OneOrMore };
        var content = CommonOptions.Content();
        var topics = new Option<string[]>("--topics")
        {
            Description = "Topic slugs every imported entry gets: several values, or one separated by ','",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be done and write no entry (answers are still cached)" };
        var command = new Command("arxiv", "Import papers by arXiv id from the arXiv API; answers are kept in content/metadata/.") { ids, content, topics, dryRun };
        command.SetAction(result =>
        {
            var contentDir = result.GetValue(content)!;
            if (!Directory.Exists(contentDir))
            {
                Console.Error.WriteLine($"sitegen: content folder not found: {contentDir}");
                return ExitCodes.Usage;
            }
            var topicList = (result.GetValue(topics) ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var dry = result.GetValue(dryRun);
            using var client = Lookup.Client(contentDir);
            var failed = 0;
            var created = 0;
            foreach (var id in result.GetValue(ids)!)
            {
                var bag = new DiagnosticBag();
                var planned = Lookup.Paper(client, id, null) is { } found
                    ? PaperScaffold.Plan(contentDir, NewPaper.From(found, topicList, new Dictionary<string, string>()), bag)
                    : null;
                DiagnosticPrinter.Print(bag.Sorted(), ReportFormat.Text);
                if (planned is null)
                {
                    failed++;
                    continue;
                }
                if (!dry) PaperScaffold.Write(planned);
                created++;
                Console.WriteLine($"{(dry ? "would " : "")}create {planned.DisplayPath}  ({id})");
            }
            Console.Error.WriteLine($"{(dry ? "Dry run: would import" : "Imported")} {created} new; {failed} id{(failed == 1 ? "" : "s")} with errors.");
            return failed > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The keyword-to-topic map, empty without a file, null (reported) when the file is not a flat YAML mapping.</summary>
    private static Dictionary<string, string>? ReadTopicMap(string? file)
    {
        if (file is null) return [];
        var bag = new DiagnosticBag();
        var pairs = YamlFile.Read(file, file, bag)?.TextPairs(bag);
        if (pairs is null || bag.HasErrors)
        {
            foreach (var problem in bag.Sorted())
                Console.Error.WriteLine($"sitegen: {problem.Path}:{problem.Line}:{problem.Column}: --topic-map must be a YAML mapping of keyword: topic-slug ({problem.Message})");
            return null;
        }
        return pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }
}
