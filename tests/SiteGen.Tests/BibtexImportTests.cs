using SiteGen.Bibtex;
using SiteGen.Import;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Tests;

/// <summary><c>sitegen import bibtex</c> on real and deliberately awkward BibTeX.</summary>
public sealed class BibtexImportTests
{
    private static string SeedBib => SeedSite.Bibtex;

    [Fact]
    public void Importing_the_seed_bibtex_gives_the_seed_papers_in_every_field_the_bibtex_holds()
    {
        using var temp = new TempFolder();
        var content = TopicsOnly.Create(temp);

        var import = Sitegen.Run("import", "bibtex", SeedBib, "--content", content, "--topics", "efficient-ml");
        Assert.True(import.ExitCode == 0, import.Stderr);
        ContentCheck.Passes(content);
        using var site = new BuiltSite(content);
        Assert.True(site.Report.Succeeded);

        var imported = Load(content);
        var seed = SeedSite.Collection;
        Assert.Equal(seed.Papers.Length, imported.Papers.Length);
        Assert.Equal(seed.Authors.Select(a => a.Name).Order(), imported.Authors.Select(a => a.Name).Order());
        foreach (var paper in seed.Papers)
        {
            var twin = Assert.Single(imported.Papers, p => p.Arxiv == paper.Arxiv);
            Assert.Equal(paper.Title, twin.Title);
            Assert.Equal(Names(seed, paper), Names(imported, twin));
            Assert.Equal(paper.Date.Year, twin.Date.Year);
            Assert.Equal(paper.Venue, twin.Venue);
            Assert.Equal(paper.Abstract, twin.Abstract);
            if (paper.Extra.GetValueOrDefault("categories") is List<object?> categories && twin.Extra.GetValueOrDefault("categories") is List<object?> one)
                Assert.Equal(categories[0], Assert.Single(one));
        }
    }

    private static string Tricky => Path.Combine(Repo.Fixtures, "bibtex", "tricky.bib");

    [Fact]
    public void Awkward_bibtex_imports_its_good_records_and_names_the_broken_one_by_line()
    {
        using var temp = new TempFolder();
        var content = TopicsOnly.Create(temp);

        var result = Sitegen.Run("import", "bibtex", Tricky, "--content", content, "--topics", "efficient-ml",
            "--topic-map", Path.Combine(Repo.Fixtures, "bibtex", "topic-map.yml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("tricky.bib:30:12: error: unbalanced braces: the value runs into the next record; the record starting at line 29 was skipped", result.Stderr);
        Assert.Contains("tricky.bib:22:3: warning: record dao2022flash lists its authors with 'and others'", result.Stderr);
        ContentCheck.Passes(content);

        var papers = Load(content);
        Assert.Equal(5, papers.Papers.Length);
        var survey = papers.Papers.Single(p => p.Slug == "schone-netze");
        Assert.Equal("Schöne Netze: Étude of ß-Kernels & α-Sparsity — A Survey", survey.Title);
        Assert.Equal(["Jürgen Müller", "María de la Fuente", "Łukasz Kaiser", "Piet van der Berg Jr."], Names(papers, survey));
        Assert.Equal("Proceedings of the Annual Meeting of the ACL", survey.Venue);
        Assert.Equal(new DateOnly(2024, 3, 1), survey.Date);
        Assert.Equal("10.18653/v1/2024.acl-long.1", survey.Doi);
        Assert.Equal(["efficient-ml", "quantization-sparsity"], survey.Topics.ToArray());
        Assert.Equal("We study Škoda-style kernels with up to 3× speedups on 50% of “hard” cases.", survey.Abstract);

        var flash = papers.Papers.Single(p => p.Arxiv == "2205.14135");
        Assert.Equal(["Tri Dao", "Daniel Y. Fu"], Names(papers, flash));
        Assert.Null(flash.Venue);
        Assert.Null(flash.Url);
        var child = papers.Papers.Single(p => p.Title == "A Paper in the Proceedings");
        Assert.Equal(("MLSys 2025", new DateOnly(2025, 5, 1)), (child.Venue, child.Date));
        Assert.DoesNotContain(papers.Papers, p => p.Title.Contains("never close") || p.Title.StartsWith("MLSys"));
        var biblatex = papers.Papers.Single(p => p.Arxiv == "2301.00002");
        Assert.Equal(("Journal of Examples", new DateOnly(2023, 1, 5)), (biblatex.Venue, biblatex.Date));
    }

    [Fact]
    public void Dry_run_writes_nothing_and_a_second_import_skips_what_is_there()
    {
        using var temp = new TempFolder();
        var content = TopicsOnly.Create(temp);
        var args = new[] { "import", "bibtex", SeedBib, "--content", content, "--topics", "efficient-ml" };

        var dry = Sitegen.Run([.. args, "--dry-run"]);
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("would create", dry.Stdout);
        Assert.False(Directory.Exists(Path.Combine(content, "papers")));

        Assert.Equal(0, Sitegen.Run(args).ExitCode);
        var before = TreeHash.Of(content);
        var again = Sitegen.Run(args);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"Imported 0 new, updated 0, skipped {SeedSite.Collection.Papers.Length}", again.Stderr);
        Assert.Equal(before, TreeHash.Of(content));
    }

    [Fact]
    public void Update_adds_missing_fields_and_leaves_every_other_byte_of_the_entry_alone()
    {
        using var site = new InlineSite();
        const string original = "---\ntitle: \"Curated: the title as we like it\"\nauthors: [Ada Lovelace]\ndate: 2025-01-02\narxiv: \"2501.00001\"\n" +
                                "topics: [language-models]   # a comment we keep\n---\nOur *notes*, kept.\n\n- and a list\n";
        site.Write("papers/2025/curated.md", original);
        using var temp = new TempFolder();
        var bib = temp.Write("update.bib",
            "@article{x, title={Another Title Entirely}, author={Lovelace, Ada}, year=2025, eprint={2501.00001}, archivePrefix={arXiv},\n" +
            "  doi={10.1000/xyz}, journal={Journal of Tests}, abstract={What the paper does.}}\n");

        var skipped = Sitegen.Run("import", "bibtex", bib, "--content", site.Content);
        Assert.Contains("skip", skipped.Stdout);
        var updated = Sitegen.Run("import", "bibtex", bib, "--content", site.Content, "--update");

        Assert.Equal(0, updated.ExitCode);
        Assert.Contains("added venue, doi, abstract", updated.Stdout);
        var text = File.ReadAllText(Path.Combine(site.Content, "papers/2025/curated.md"));
        var fence = original.IndexOf("---\nOur", StringComparison.Ordinal);
        Assert.StartsWith(original[..fence], text);
        Assert.EndsWith(original[fence..], text);
        ContentCheck.Passes(site.Content);
        var paper = Assert.Single(Load(site.Content).Papers);
        Assert.Equal(("Curated: the title as we like it", "10.1000/xyz", "Journal of Tests"), (paper.Title, paper.Doi, paper.Venue));
    }

    [Fact]
    public void A_topic_map_that_is_not_a_mapping_is_a_usage_error_with_its_position()
    {
        using var temp = new TempFolder();
        var content = TopicsOnly.Create(temp);
        var map = temp.Write("map.yml", "sparsity: [one, two]\n");
        var result = Sitegen.Run("import", "bibtex", Tricky, "--content", content, "--topic-map", map);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("map.yml:1:11: --topic-map must be a YAML mapping of keyword: topic-slug", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(content, "papers")));
    }

    private const string Stray = "{}\"#@,=%~$\\";

    [Fact]
    public void No_truncation_or_stray_character_makes_the_parser_throw()
    {
        var text = File.ReadAllText(Tricky) + File.ReadAllText(SeedBib)[..4000];
        var random = new Random(5);
        for (var i = 0; i < 400; i++)
        {
            var broken = i % 2 == 0
                ? text[..random.Next(text.Length)]
                : text.Insert(random.Next(text.Length), Stray[random.Next(Stray.Length)].ToString());
            var bag = new DiagnosticBag();
            var records = BibtexParser.Parse("fuzz.bib", broken, bag);
            foreach (var record in records) _ = BibtexPaper.From(record, "fuzz.bib", bag);
            Assert.All(bag.Sorted(), d => Assert.InRange(d.Line, 1, broken.Count(c => c == '\n') + 1));
        }
    }

    private static Collection Load(string content)
    {
        var bag = new DiagnosticBag();
        var collection = SiteBuilder.Load(content, bag, out _)!;
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return collection;
    }

    private static IEnumerable<string> Names(Collection c, Paper p) => p.Authors.Select(a => c.AuthorBySlug[a].Name);
}
