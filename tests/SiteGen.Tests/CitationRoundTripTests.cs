using System.Diagnostics;
using System.Text.Json;
using SiteGen.Model;

namespace SiteGen.Tests;

/// <summary>
/// <c>/papers.bib</c>, <c>/papers.ris</c> and <c>/papers.json</c> (CSL-JSON) read by citation-js, an independent
/// implementation, give our titles, authors, dates and identifiers; and what citation-js writes, our importers
/// (<c>import ris</c>, <c>import csl-json</c>) read back to the same papers.
/// </summary>
public sealed class CitationRoundTripTests
{
    private const string Papers =
        "papers/2024/ligatures.md|---\ntitle: \"Ligatures -- and `quotes' & 50% of {braces}\"\nauthors: [María de la Fuente, Piet van der Berg Jr., Łukasz Kaiser]\n" +
        "date: 2024-03-05\nvenue: Proceedings of Tests & Examples\ndoi: 10.1000/abc_def-1\ntopics: [language-models]\nabstract: \"Line one, with 3 < 4 and a $ sign.\"\n---\n" +
        "\npapers/2025/preprint.md|---\ntitle: A Preprint With an arXiv Id\nauthors: [Ada Lovelace]\ndate: 2025-01-02\narxiv: \"2501.00042\"\ntopics: [diffusion-models]\n---\n";

    private static InlineSite Site()
    {
        var site = new InlineSite();
        foreach (var file in Papers.Split("\npapers/"))
        {
            var (path, text) = (file.Split('|')[0], file.Split('|', 2)[1]);
            site.Write(path.StartsWith("papers/", StringComparison.Ordinal) ? path : "papers/" + path, text);
        }
        return site;
    }

    private static Collection Load(string content) => ContentCheck.Loaded(content);

    /// <summary>citation-js's reading of a file, in the format asked for.</summary>
    private static string CitationJs(string file, string from, string to)
    {
        var folder = Path.Combine(Repo.Root, "tests", "citation");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "@citation-js")),
            "tests/citation has no node_modules: building the test project runs `npm ci` there, which needs Node.js and npm on PATH");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "convert.mjs", file, from, to }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"citation-js failed on {file}: {stderr.Result}");
        return stdout.Result;
    }

    private static string FullName(JsonElement person) => string.Join(' ',
        new[] { "given", "dropping-particle", "non-dropping-particle", "family", "suffix" }
            .Select(k => person.TryGetProperty(k, out var v) ? v.GetString() : null).OfType<string>());

    [Theory]
    [InlineData("papers.bib", "bibtex")]
    [InlineData("papers.ris", "ris")]
    [InlineData("papers.json", "csl")]
    public void Citation_js_reads_our_export_as_our_titles_authors_dates_and_identifiers(string file, string format)
    {
        using var site = Site();
        using var built = site.Build();
        Assert.True(built.Report.Succeeded);
        var ours = Load(site.Content);

        using var items = JsonDocument.Parse(CitationJs(Path.Combine(built.Output, file), format, "csl"));

        Assert.Equal(ours.Papers.Length, items.RootElement.GetArrayLength());
        foreach (var paper in ours.Papers)
        {
            var item = Assert.Single(items.RootElement.EnumerateArray(), i => i.GetProperty("title").GetString() == paper.Title);
            Assert.Equal(paper.Authors.Select(a => ours.AuthorBySlug[a].Name), item.GetProperty("author").EnumerateArray().Select(FullName));
            var parts = item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).ToList();
            Assert.Equal(paper.Date.Year, parts[0]);
            // BibTeX records carry the year only; RIS and CSL-JSON the whole date.
            if (format != "bibtex") Assert.Equal([paper.Date.Year, paper.Date.Month, paper.Date.Day], parts);
            Assert.Equal(paper.Doi, item.TryGetProperty("DOI", out var doi) ? doi.GetString() : null);
            if (paper.Arxiv is { } arxiv) Assert.Contains(arxiv, item.GetRawText());
        }
    }

    [Theory]
    [InlineData("papers.json", "csl", "ris", "ris", "refs.ris")]
    [InlineData("papers.ris", "ris", "csl", "csl-json", "refs.json")]
    public void What_citation_js_writes_our_importers_read_back_to_the_same_papers(string file, string from, string to, string command, string name)
    {
        using var site = Site();
        using var built = site.Build();
        var ours = Load(site.Content);
        using var target = new InlineSite();
        using var temp = new TempFolder();
        var written = temp.Write(name, CitationJs(Path.Combine(built.Output, file), from, to));

        var import = Sitegen.Run("import", command, written, "--content", target.Content, "--topics", "language-models");

        Assert.True(import.ExitCode == 0, import.Stdout + import.Stderr);
        var theirs = Load(target.Content);
        Assert.Equal(ours.Papers.Length, theirs.Papers.Length);
        foreach (var paper in ours.Papers)
        {
            var twin = Assert.Single(theirs.Papers, p => p.Title == paper.Title);
            Assert.Equal(paper.Authors.Select(a => ours.AuthorBySlug[a].Name), twin.Authors.Select(a => theirs.AuthorBySlug[a].Name));
            Assert.Equal((paper.Date, paper.Doi, paper.Arxiv, paper.Venue, paper.Abstract), (twin.Date, twin.Doi, twin.Arxiv, twin.Venue, twin.Abstract));
        }
    }

    [Fact]
    public void Import_ris_and_csl_json_skip_papers_already_there_and_dry_run_writes_nothing()
    {
        using var site = Site();
        using var built = site.Build();
        var ris = Path.Combine(built.Output, "papers.ris");
        var csl = Path.Combine(built.Output, "papers.json");
        var before = TreeHash.Of(site.Content);
        // CSL-JSON is written an item a line, not indented (issue 12's output budget): "[", two papers, "]".
        Assert.Equal(4, File.ReadAllLines(csl).Length);

        var again = Sitegen.Run("import", "ris", ris, "--content", site.Content, "--topics", "language-models");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Imported 0 new, updated 0, skipped 2", again.Stderr);

        using var fresh = new InlineSite();
        var dry = Sitegen.Run("import", "csl-json", csl, "--content", fresh.Content, "--topics", "language-models", "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("Dry run: would import 2 new", dry.Stderr);
        Assert.False(Directory.Exists(Path.Combine(fresh.Content, "papers")));
        Assert.Equal(before, TreeHash.Of(site.Content));
    }
}
