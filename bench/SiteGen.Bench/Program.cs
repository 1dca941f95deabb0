using System.Diagnostics;
using CsCheck;
using System.Globalization;
using SiteGen;
using SiteGen.Bench;
using SiteGen.Import;
using SiteGen.Content;
using SiteGen.Diagnostics;

// Usage: dotnet run -c Release --project bench/SiteGen.Bench -- <papers> [theme-dir]
// Generates a synthetic collection of <papers> entries, builds it once to warm up and once measured,
// and prints build seconds, pages per second and the process's peak memory, then the time `serve`
// needs to rebuild in memory after one entry is edited, and the speed of importing the collection's
// own BibTeX export. The "related" step is the MoreLikeThis related-papers computation.
// `-- search <papers> <folder>` runs the search benchmark instead (see SearchBench and bench/search.sh).
// `-- mangled <entries> <folder>` writes a collection of broken entries for bench/mangled.sh.
if (args is ["search", var count, var folder]) return SearchBench.Run(int.Parse(count, CultureInfo.InvariantCulture), folder);
if (args is ["mangled", var entries, var target])
{
    var total = int.Parse(entries, CultureInfo.InvariantCulture);
    // Seven in ten with broken front matter, the rest with broken Markdown; a new random draw each run.
    var gen = Gen.Frequency((7, MangledEntries.BadFrontMatter), (3, MangledEntries.BadBody)).Array[total, total];
    MangledEntries.Write(target, Check.Single(gen));
    return 0;
}

var papers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var theme = args.Length > 1 ? args[1] : "theme";
var root = Path.Combine(Path.GetTempPath(), $"sitegen-bench-{papers}");
if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
Directory.CreateDirectory(root);
var content = Path.Combine(root, "content");
Directory.CreateDirectory(content);
SyntheticCollection.Write(content, papers);

var options = new BuildOptions(content, theme, Path.Combine(root, "output"));
var warm = SiteBuilder.Build(options with { OutputDir = Path.Combine(root, "warm-up") });
if (!warm.Succeeded)
{
    foreach (var d in warm.Diagnostics.Take(10)) Console.Error.WriteLine(d);
    return 1;
}

var clock = Stopwatch.StartNew();
var report = SiteBuilder.Build(options);
var seconds = clock.Elapsed.TotalSeconds;
var pages = Directory.EnumerateFiles(options.OutputDir, "*.html", SearchOption.AllDirectories).Count();
using var self = Process.GetCurrentProcess();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"papers={papers} pages={pages} files={report.Files.Length} build_s={seconds:0.00} pages_per_s={pages / seconds:0} peak_mb={self.PeakWorkingSet64 / 1048576.0:0}"));
Console.WriteLine("steps: " + Steps(report));

// What `sitegen serve` does after one saved edit: parse only the changed file, render in memory.
var cache = new BuildCache();
var live = options with { Cache = cache };
SiteBuilder.Render(live);
var edited = Directory.EnumerateFiles(Path.Combine(content, "papers"), "*.md", SearchOption.AllDirectories).First();
File.AppendAllText(edited, "\nOne more sentence of notes.\n");
clock.Restart();
var rebuild = SiteBuilder.Render(live);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"serve_rebuild_after_one_edit_s={clock.Elapsed.TotalSeconds:0.00} ({Steps(rebuild)})"));
// `sitegen import bibtex` on the collection's own export (one record per paper), into a folder with only its topics.
var imported = Path.Combine(root, "imported");
Directory.CreateDirectory(imported);
File.Copy(Path.Combine(content, "site.yml"), Path.Combine(imported, "site.yml"));
CopyFolder(Path.Combine(content, "topics"), Path.Combine(imported, "topics"));
var bag = new DiagnosticBag();
clock.Restart();
var actions = BibtexImporter.Import(Path.Combine(options.OutputDir, "papers.bib"), "papers.bib", new ImportOptions(imported), bag);
var importSeconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"import_bibtex_entries={actions.Count(a => a.Verb == "create")} import_s={importSeconds:0.00} entries_per_s={actions.Count / importSeconds:0} errors={bag.Sorted().Count}"));

Directory.Delete(root, recursive: true);
return 0;

static void CopyFolder(string from, string to)
{
    Directory.CreateDirectory(to);
    foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
}

static string Steps(BuildReport report) =>
    string.Join(", ", report.Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Step} {s.Time.TotalSeconds:0.00}s")));
