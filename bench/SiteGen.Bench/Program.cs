using System.Diagnostics;
using System.Globalization;
using CsCheck;
using SiteGen;
using SiteGen.Bench;
using SiteGen.Diagnostics;
using SiteGen.Import;

// The benchmark's helpers; bench/scale.sh, bench/search.sh and bench/mangled.sh drive them:
//   collection <papers> <folder>          writes a synthetic collection (SyntheticCollection)
//   hugo <content> <layouts> <folder>     writes the equivalent Hugo site (HugoSite)
//   serve-edit <content> <theme> [edits]  what `sitegen serve` does after one saved edit, timed (each of edits, default 1)
//   import <content> <papers.bib>         `import bibtex` of a collection's own export, timed
//   search <papers> <folder>              the search benchmark (SearchBench)
//   mangled <entries> <folder>            a collection of broken entries
switch (args)
{
    case ["collection", var papers, var folder]:
        Directory.CreateDirectory(folder);
        SyntheticCollection.Write(folder, int.Parse(papers, CultureInfo.InvariantCulture));
        return 0;
    case ["hugo", var content, var layouts, var folder]:
        return HugoSite.Write(content, layouts, folder);
    case ["serve-edit", var content, var theme]:
        return ServeEdit(content, theme, 1);
    case ["serve-edit", var content, var theme, var edits]:
        return ServeEdit(content, theme, int.Parse(edits, CultureInfo.InvariantCulture));
    case ["import", var content, var bib]:
        return ImportOwnExport(content, bib);
    case ["search", var count, var folder]:
        return SearchBench.Run(int.Parse(count, CultureInfo.InvariantCulture), folder);
    case ["mangled", var entries, var target]:
        // Seven in ten with broken front matter, the rest with broken Markdown; a new random draw each run.
        var gen = Gen.Frequency((7, MangledEntries.BadFrontMatter), (3, MangledEntries.BadBody)).Array[int.Parse(entries, CultureInfo.InvariantCulture)];
        MangledEntries.Write(target, Check.Single(gen));
        return 0;
    default:
        Console.Error.WriteLine("usage: see the comment at the top of bench/SiteGen.Bench/Program.cs");
        return 2;
}

// Renders once with a cache, as serve does at start, then appends a sentence to one entry's notes and renders again
// (edits times, a new sentence each time, so that later edits show the steady state).
static int ServeEdit(string content, string theme, int edits)
{
    var live = new BuildOptions(content, theme, "unused") { Cache = new BuildCache() };
    var start = Stopwatch.StartNew();
    var first = SiteBuilder.Render(live);
    if (!first.Succeeded) return 1;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"serve_start_s={start.Elapsed.TotalSeconds:0.000} pages={first.PageCount}"));
    var edited = Directory.EnumerateFiles(Path.Combine(content, "papers"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
    var before = File.ReadAllText(edited);
    try
    {
        for (var i = 1; i <= edits; i++)
        {
            File.AppendAllText(edited, $"\nOne more sentence of notes, number {i}.\n");
            // CPU seconds beside the wall clock: on a machine shared with other work, the wall clock says more about the neighbours.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var rebuild = SiteBuilder.Render(live);
            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"serve_edit_s={seconds:0.000} cpu_s={cpuSeconds:0.000} pages_rendered={rebuild.PagesRendered} of {first.PageCount} ({Steps(rebuild)})"));
        }
    }
    finally
    {
        File.WriteAllText(edited, before);
    }
    return 0;
}

// `sitegen import bibtex` on a collection's own export (one record per paper), into a folder with only its topics.
static int ImportOwnExport(string content, string bib)
{
    var imported = Path.Combine(Path.GetTempPath(), $"sitegen-bench-import-{Environment.ProcessId}");
    Directory.CreateDirectory(imported);
    File.Copy(Path.Combine(content, "site.yml"), Path.Combine(imported, "site.yml"));
    Directory.CreateDirectory(Path.Combine(imported, "topics"));
    foreach (var file in Directory.GetFiles(Path.Combine(content, "topics"))) File.Copy(file, Path.Combine(imported, "topics", Path.GetFileName(file)));
    var bag = new DiagnosticBag();
    var clock = Stopwatch.StartNew();
    var actions = BibtexImporter.Import(bib, "papers.bib", new ImportOptions(imported), bag);
    var seconds = clock.Elapsed.TotalSeconds;
    Directory.Delete(imported, recursive: true);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"import_bibtex_entries={actions.Count(a => a.Verb == "create")} import_s={seconds:0.00} entries_per_s={actions.Count / seconds:0} errors={bag.Sorted().Count}"));
    return 0;
}

static string Steps(BuildReport report) =>
    string.Join(", ", report.Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Step} {s.Time.TotalSeconds:0.00}s")));
