using SiteGen.Diagnostics;
using SiteGen.Import;

namespace SiteGen.Tests;

/// <summary>
/// Every code of the catalogue (<see cref="DiagnosticCode"/>) is one a user can meet: some content, command or
/// theme produces it. Most come from the broken sites in Fixtures/invalid; the rest from the cases below.
/// </summary>
public sealed class DiagnosticCodeTests
{
    private const string Paper = "---\ntitle: \"{0}\"\nauthors: [Ann Example]\ndate: 2025-01-01\ntopics: [language-models]\n---\n";

    private static readonly Lazy<HashSet<string>> Produced = new(ProduceAll);

    public static TheoryData<string> Codes() => [.. DiagnosticCode.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_diagnostic_code_is_produced_by_some_input(string code) =>
        Assert.Contains(code, Produced.Value);

    [Fact]
    public void Codes_are_unique_lowercase_names() =>
        Assert.All(DiagnosticCode.All.GroupBy(c => c.Name), g =>
        {
            Assert.Single(g);
            Assert.Matches("^[a-z]+(-[a-z]+)*$", g.Key);
        });

    private static HashSet<string> ProduceAll()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        void Add(IEnumerable<Diagnostic> diagnostics) => codes.UnionWith(diagnostics.Select(d => d.Code));

        foreach (var folder in Directory.GetDirectories(Path.Combine(Repo.Fixtures, "invalid")))
        {
            using var broken = new BuiltSite(Path.Combine(folder, "content"));
            Add(broken.Report.Diagnostics);
        }

        using (var site = new InlineSite())
        {
            site.Write("papers/2025/notes.md", string.Format(Paper, "Long notes") + string.Concat(Enumerable.Repeat("*a ", 5000)))
                .Write("papers/2025/typed.md", "---\ntitle: [not, text]\nauthors: [Ann Example]\ndate: 2025-01-01\ntopics: [language-models]\n---\n")
                .Write("site.yml", "format: 1\ntitle: Inline site\nsearch: {boosts: {title: ten}}\n");
            using var built = site.Build();
            Add(built.Report.Diagnostics);

            // A new entry over an existing file, and a record that cannot be imported.
            var bag = new DiagnosticBag();
            PaperScaffold.Plan(site.Content, new NewPaper("Long notes", ["Ann Example"], ["language-models"], new DateOnly(2025, 1, 1)) { Slug = "notes" }, bag);
            site.Write("bad.bib", "@article{nokey, author = {Doe, Jane}}\n");
            BibtexImporter.Import(Path.Combine(site.Content, "bad.bib"), "bad.bib", new ImportOptions(site.Content), bag);
            Add(bag.Sorted());
        }

        using (var site = InlineSite.OnePaper())
        {
            // An entry whose cached arXiv record names another title.
            site.Write("papers/2025/one.md", "---\ntitle: One\nauthors: [Ada Lovelace]\ndate: 2025-01-01\narxiv: \"2501.00042\"\ntopics: [language-models]\n---\n")
                .Write("metadata/arxiv/2501.00042.xml", File.ReadAllText(Path.Combine(Repo.Fixtures, "metadata", "arxiv-2501.00042.xml")));
            var bag = new DiagnosticBag();
            var collection = SiteBuilder.Load(site.Content, bag, out var content)!;
            CachedRecordCheck.Check(content!, collection, bag);
            Add(bag.Sorted());
        }

        using (var temp = new TempFolder())
        {
            var bag = new DiagnosticBag();
            SiteBuilder.Load(temp.Combine("missing"), bag, out _);
            Directory.CreateDirectory(temp.Combine("no-site", "papers"));
            SiteBuilder.Load(temp.Combine("no-site"), bag, out _);
            Add(bag.Sorted());

            // A theme without its templates, and an output folder SiteGen did not make.
            using var site = InlineSite.OnePaper();
            Directory.CreateDirectory(temp.Combine("empty-theme"));
            using var themeless = site.Build(themeDir: temp.Combine("empty-theme"));
            Add(themeless.Report.Diagnostics);
            temp.Write("theirs/keep.txt", "the user's file");
            Add(SiteBuilder.Build(new BuildOptions(site.Content, Repo.Theme, temp.Combine("theirs"))).Diagnostics);
        }
        return codes;
    }
}
