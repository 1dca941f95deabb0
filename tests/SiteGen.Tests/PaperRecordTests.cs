using System.Text.Json;
using SiteGen.Bibtex;
using SiteGen.Diagnostics;

namespace SiteGen.Tests;

/// <summary>A paper's identifiers and BibTeX record read the same on its page, in its head and in the .bib files.</summary>
public sealed class PaperRecordTests
{
    private static string Paper(string slugTitle, string extra) =>
        $"---\ntitle: \"{slugTitle}\"\nauthors: [\"Ann Example\"]\ndate: 2025-01-01\ntopics: [language-models]\n{extra}---\nNotes.\n";

    [Fact]
    public void Old_style_arxiv_ids_and_dois_link_to_the_same_address_everywhere()
    {
        using var content = new InlineSite().Write("papers/2025/old.md",
            Paper("Old", "arxiv: \"hep-th/9901001\"\ndoi: \"10.1000/a#b?c\"\n"));
        using var site = content.Build("https://lab.example.org/");
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));

        var page = site.Page("papers/old/index.html");
        var buttons = page.QuerySelectorAll(".paper-links a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal("https://arxiv.org/abs/hep-th/9901001", buttons["arXiv"]);
        Assert.Equal("https://arxiv.org/pdf/hep-th/9901001", buttons["PDF"]);
        Assert.Equal("https://doi.org/10.1000/a%23b%3Fc", buttons["DOI"]);
        Assert.Equal(buttons["PDF"], page.QuerySelector("meta[name=citation_pdf_url]")!.GetAttribute("content"));

        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal([buttons["arXiv"], buttons["DOI"]], jsonLd.RootElement.GetProperty("sameAs").EnumerateArray().Select(e => e.GetString()));

        var bib = BibtexParser.Parse("papers.bib", File.ReadAllText(Path.Combine(site.Output, "papers.bib")), new DiagnosticBag());
        Assert.Equal(buttons["arXiv"], Assert.Single(bib)["url"]);
    }

    private const string Curated = """
        bibtex: |
          @inproceedings{lab2025curated,
            title = {Curated Title},
            author = {Example, Ann},
            booktitle = {Proceedings of Examples},
            year = {2025}
          }

        """;

    [Fact]
    public void The_curators_bibtex_record_is_the_one_on_the_page_and_in_every_bib_file()
    {
        using var content = new InlineSite()
            .Write("papers/2025/curated.md", Paper("Curated", Curated))
            .Write("papers/2025/generated.md", Paper("Generated", ""))
            // A lab member, so the author has a .bib file of their own.
            .Write("site.yml", "title: Inline site\nbase_url: /\nmembers: [Ann Example]\n");
        using var site = content.Build();
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));

        var shown = site.Page("papers/curated/index.html").QuerySelector("#bibtex-code")!.TextContent;
        Assert.StartsWith("@inproceedings{lab2025curated,", shown);
        foreach (var file in new[] { "papers.bib", "topics/language-models/papers.bib", "authors/ann-example/papers.bib" })
        {
            var text = File.ReadAllText(Path.Combine(site.Output, file));
            Assert.Contains(shown, text);
            var records = BibtexParser.Parse(file, text, new DiagnosticBag());
            Assert.Equal(["lab2025curated", "example2025generated"], records.Select(r => r.Key).Order(StringComparer.Ordinal).Reverse());
        }
    }

    [Fact]
    public void A_malformed_or_repeated_curator_record_is_an_error_at_its_field()
    {
        using var content = new InlineSite()
            .Write("papers/2025/broken.md", Paper("Broken", "bibtex: \"@article{broken, title = {Unclosed\"\n"))
            .Write("papers/2025/first.md", Paper("First", Curated))
            .Write("papers/2025/second.md", Paper("Second", Curated))
            .Write("papers/2025/two.md", Paper("Two", "bibtex: \"@misc{a, title={A}} @misc{b, title={B}}\"\n"));
        using var site = content.Build();

        var problems = site.Report.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(problems, p => p.Contains("broken.md:6:9: error: 'bibtex' is not a well-formed record"));
        Assert.Contains(problems, p => p.Contains("two.md:6:9: error: 'bibtex' must hold exactly one record") && p.EndsWith("not 2"));
        var repeated = Assert.Single(problems, p => p.Contains("also used by"));
        Assert.Contains(":6:9: error: the BibTeX key 'lab2025curated' is also used by", repeated);
    }
}
