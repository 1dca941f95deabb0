using SiteGen.Diagnostics;
using SiteGen.Import;
using SiteGen.Model;

namespace SiteGen.Tests;

/// <summary>
/// BibTeX as real exports write it (DBLP, Zotero, Scholar, biblatex, al-folio): each case of issue 16, a to r,
/// reduced to an invented record and imported into a small site.
/// </summary>
public sealed class BibtexFidelityTests
{
    /// <summary>A site after importing some .bib text: the papers as built, and what the import reported.</summary>
    private sealed class Imported : IDisposable
    {
        private readonly InlineSite _site = new();

        public Imported(params (string Name, string Text)[] files)
        {
            foreach (var (name, text) in files) _site.Write(name, text);
            Actions = BibtexImporter.Import([.. files.Select(f => (Path.Combine(_site.Content, f.Name), f.Name))],
                new ImportOptions(_site.Content) { Topics = ["language-models"] }, Bag);
            Collection = ContentCheck.Loaded(_site.Content);
        }

        public DiagnosticBag Bag { get; } = new();
        public IReadOnlyList<ImportAction> Actions { get; }
        public Collection Collection { get; }
        public IEnumerable<string> Problems => Bag.Sorted().Select(d => d.ToString());

        public Paper Paper(string titleStart) => Assert.Single(Collection.Papers, p => p.Title.StartsWith(titleStart, StringComparison.Ordinal));
        public IEnumerable<string> Names(Paper p) => p.Authors.Select(a => Collection.AuthorBySlug[a].Name);
        public string EntryText(Paper p) => File.ReadAllText(Path.Combine(_site.Content, p.SourcePath[(p.SourcePath.IndexOf("papers/", StringComparison.Ordinal))..]));
        public void Dispose() => _site.Dispose();
    }

    private static Imported Import(string bib) => new(("refs.bib", bib));

    [Fact]
    public void A_empty_doi_or_url_is_absent_and_never_makes_two_papers_one()
    {
        using var site = Import(
            "@article{one, title={First Paper}, author={Doe, Jane}, year=2020, doi={}, url={}}\n" +
            "@article{two, title={Second Paper}, author={Roe, Rui}, year=2021, doi={}, url={ }}\n");
        Assert.Equal(2, site.Collection.Papers.Length);
        Assert.All(site.Collection.Papers, p => Assert.Null(p.Doi));
        Assert.All(site.Collection.Papers, p => Assert.Null(p.Url));
        Assert.DoesNotContain("doi:", site.EntryText(site.Paper("First")));
    }

    [Fact]
    public void B_escaped_characters_in_doi_and_url_are_unescaped()
    {
        using var site = Import(
            "@incollection{dblp, title={Escapes}, author={Doe, Jane}, year=2019, doi={10.1007/978-3-030-00000-0\\_5},\n" +
            "  url={https://example.org/a\\_b\\%20c?x=1\\&y=2\\#top}}\n");
        var paper = site.Paper("Escapes");
        Assert.Equal("10.1007/978-3-030-00000-0_5", paper.Doi);
        Assert.Equal("https://example.org/a_b%20c?x=1&y=2#top", paper.Url);
    }

    [Fact]
    public void C_contribution_marks_after_a_surname_end_the_author_string()
    {
        using var site = Import("@article{marks, title={Marked Authors}, author={Doe*, Jane and Roe*, Rui and Poe, Kim and Lee\\textdagger, Ann}, year=2022}\n");
        Assert.Contains("authors: [Jane Doe*, Rui Roe*, Kim Poe, Ann Lee†]", site.EntryText(site.Paper("Marked")));
    }

    [Fact]
    public void D_a_bad_optional_link_is_fixed_or_left_out_with_a_located_warning_and_the_paper_is_imported()
    {
        using var site = Import(
            "@inproceedings{acm, title={Resolver DOI}, author={Doe, Jane}, year=2006,\n  doi={http://doi.acm.org/10.1145/1137627.1137631}}\n" +
            "@inproceedings{hdl, title={Handle DOI}, author={Doe, Jane}, year=2007,\n  doi={http://hdl.handle.net/1721.1/12345}}\n" +
            "@inproceedings{noscheme, title={Schemeless URL}, author={Doe, Jane}, year=2008,\n  url={dl.acm.org/citation.cfm?id=1234}}\n" +
            "@inproceedings{ftp, title={FTP URL}, author={Doe, Jane}, year=2009,\n  url={ftp://ftp.example.org/paper.ps}}\n");

        Assert.Equal(4, site.Collection.Papers.Length);
        Assert.Equal("10.1145/1137627.1137631", site.Paper("Resolver").Doi);
        Assert.Contains("refs.bib:2:3: warning: record acm: 'doi' is a link, not a DOI; read as 10.1145/1137627.1137631", site.Problems);
        Assert.Equal((null, "http://hdl.handle.net/1721.1/12345"), (site.Paper("Handle").Doi, site.Paper("Handle").Url));
        Assert.Contains(site.Problems, p => p.StartsWith("refs.bib:4:3: warning: record hdl: 'doi' holds a link that is not a DOI", StringComparison.Ordinal));
        Assert.Equal("https://dl.acm.org/citation.cfm?id=1234", site.Paper("Schemeless").Url);
        Assert.Contains("refs.bib:6:3: warning: record noscheme: 'url' has no scheme; read as https://dl.acm.org/citation.cfm?id=1234", site.Problems);
        Assert.Null(site.Paper("FTP").Url);
        Assert.Contains(site.Problems, p => p.StartsWith("refs.bib:8:3: warning: record ftp: 'url' is not an http or https link", StringComparison.Ordinal));
    }

    [Fact]
    public void E_parenthesis_and_bracket_math_reads_like_dollar_math()
    {
        using var site = Import("@article{ac0, title={{\\(\\Sigma\\)}{\\(\\Pi\\)}{\\(\\Sigma\\)} Circuits in AC\\({}^{\\mbox{0}}\\) and \\[x^2\\]}, author={Doe, Jane}, year=2010}\n");
        Assert.Equal("ΣΠΣ Circuits in AC⁰ and x²", site.Collection.Papers.Single().Title);
    }

    [Fact]
    public void F_an_accent_on_an_empty_group_is_the_accent_character_itself()
    {
        using var site = Import("@article{acc, title={AC{\\^{}}0 Lower Bounds for {\\~{}}doe and na{\\\"\\i}ve}, author={Doe, Jane}, year=2011}\n");
        Assert.Equal("AC^0 Lower Bounds for ~doe and naïve", site.Collection.Papers.Single().Title);
    }

    [Fact]
    public void G_symbol_commands_become_unicode_and_an_unknown_command_is_kept_with_a_warning_at_its_column()
    {
        using var site = Import(
            "@article{sym, title={A$^\\star$ with {$\\oplus$} and {$\\subseteq$} on 2{\\texttimes}2 \\textbar{} $\\in$ $\\wedge$ $\\vee$ $\\bullet$ 5\\textohm{} \\textdollar 3},\n" +
            "  author={Doe, Jane}, year=2012,\n  abstract={We use the \\frobnicate operator.}}\n");
        var paper = site.Collection.Papers.Single();
        Assert.Equal("A⋆ with ⊕ and ⊆ on 2×2 | ∈ ∧ ∨ • 5Ω $3", paper.Title);
        Assert.Equal("We use the \\frobnicate operator.", paper.Abstract);
        Assert.Contains("refs.bib:3:24: warning: record sym: unknown LaTeX command \\frobnicate in 'abstract' is kept as written; write the character itself", site.Problems);
    }

    [Fact]
    public void H_spacing_commands_are_spaces()
    {
        using var site = Import("@article{sp, title={N\\,+\\,1 and N\\;+\\:1\\quad more\\qquad end}, author={Doe, Jane}, year=2013}\n");
        Assert.Equal("N + 1 and N + 1 more end", site.Collection.Papers.Single().Title);
    }

    [Fact]
    public void I_the_space_after_a_control_word_belongs_to_the_command()
    {
        using var site = Import("@article{cw, title={Long\\textendash Term Memory of Bj\\o rn}, author={Doe, Jane}, year=2014}\n");
        Assert.Equal("Long–Term Memory of Bjørn", site.Collection.Papers.Single().Title);
    }

    [Fact]
    public void J_a_trailing_comma_in_a_name_is_read_as_biber_does_with_a_warning()
    {
        using var site = Import("@article{tc, title={Trailing Comma}, author={Doe-Roe, Jane, and Poe, Kim}, year=2015}\n");
        Assert.Equal(["Jane Doe-Roe", "Kim Poe"], site.Names(site.Collection.Papers.Single()));
        Assert.Contains("refs.bib:1:38: warning: record tc: the name \"Doe-Roe, Jane,\" ends with a comma; read as \"Doe-Roe, Jane\"", site.Problems);
    }

    [Fact]
    public void K_macros_and_crossref_targets_may_live_in_another_file_and_a_missing_target_is_named()
    {
        using (var site = new Imported(
                   ("abbrv.bib", "@string{jml = {Journal of Made-up Learning}}\n"),
                   ("literatur.bib", "@article{lit, title={Macro Elsewhere}, author={Doe, Jane}, journal=jml, year=2016}\n" +
                                     "@inproceedings{child, title={Child Paper}, author={Roe, Rui}, crossref={conf2017}}\n"),
                   ("crossref.bib", "@proceedings{conf2017, title={Proceedings of Conf 2017}, year=2017, month=jun}\n")))
        {
            Assert.Empty(site.Problems);
            Assert.Equal("Journal of Made-up Learning", site.Paper("Macro").Venue);
            Assert.Equal(("Proceedings of Conf 2017", new DateOnly(2017, 6, 1)), (site.Paper("Child").Venue, site.Paper("Child").Date));
            Assert.Equal(["literatur.bib", "literatur.bib"], site.Actions.Select(a => a.Source));
        }

        using var alone = Import("@article{lit, title={Macro Elsewhere}, author={Doe, Jane}, journal=jml, year=2016}\n" +
                                 "@inproceedings{child, title={Child Paper}, author={Roe, Rui},\n  crossref={conf2017}}\n");
        Assert.Contains(alone.Problems, p => p.StartsWith("refs.bib:1:68: warning: undefined @string macro 'jml' reads as empty", StringComparison.Ordinal));
        Assert.Null(alone.Paper("Macro").Venue);
        Assert.Contains("refs.bib:2:1: error: record child has no year or date, and its crossref 'conf2017' is in none of the files read: name that file too, or add year = {YYYY} (or date = {YYYY-MM-DD}); skipped", alone.Problems);
        Assert.Contains("refs.bib:3:3: warning: record child: crossref 'conf2017' names no record in the files read; name the file that holds it too", alone.Problems);
    }

    [Fact]
    public void K_import_bibtex_takes_several_files()
    {
        using var site = new InlineSite();
        using var temp = new TempFolder();
        var abbrv = temp.Write("abbrv.bib", "@string{jml = {Journal of Made-up Learning}}\n");
        var refs = temp.Write("refs.bib", "@article{lit, title={Macro Elsewhere}, author={Doe, Jane}, journal=jml, year=2016}\n");

        var result = Sitegen.Run("import", "bibtex", abbrv, refs, "--content", site.Content, "--topics", "language-models");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("refs.bib:1)", result.Stdout);
        Assert.Contains("venue: Journal of Made-up Learning", File.ReadAllText(Path.Combine(site.Content, "papers/2016/macro-elsewhere.md")));
    }

    [Fact]
    public void L_a_dblp_corr_volume_gives_the_arxiv_id()
    {
        using var site = Import("@article{DBLP:journals/corr/abs-2408-00001, title={From CoRR}, author={Doe, Jane}, journal={CoRR}, volume={abs/2408.00001}, year={2024}}\n");
        var paper = site.Collection.Papers.Single();
        Assert.Equal(("2408.00001", null, new DateOnly(2024, 8, 1)), (paper.Arxiv, paper.Venue, paper.Date));
    }

    [Fact]
    public void M_a_field_commented_out_with_a_percent_sign_is_skipped_like_biber_does()
    {
        using var site = Import("@article{pc,\n  title={Commented Field},\n%  doi={10.1000/old},\n  author={Doe, Jane}, % trailing remark\n  year=2018,\n}\n");
        Assert.Empty(site.Problems);
        var paper = site.Collection.Papers.Single();
        Assert.Equal(("Commented Field", null), (paper.Title, paper.Doi));
        Assert.Equal(["Jane Doe"], site.Names(paper));
    }

    [Fact]
    public void N_a_biblatex_subtitle_continues_the_title()
    {
        using var site = Import("@book{sub, title={Main Title}, subtitle={What Follows}, author={Doe, Jane}, date={2019-04-02}}\n");
        Assert.Equal("Main Title: What Follows", site.Collection.Papers.Single().Title);
    }

    [Fact]
    public void O_a_record_with_only_editors_gets_its_editors_with_a_warning()
    {
        using var site = Import("@book{ed, title={Edited Volume}, editor={Doe, Jane and Roe, Rui}, year=2020}\n");
        Assert.Equal(["Jane Doe", "Rui Roe"], site.Names(site.Collection.Papers.Single()));
        Assert.Contains("refs.bib:1:34: warning: record ed has no author; its editors (Jane Doe, Rui Roe) are imported as its authors", site.Problems);
    }

    [Fact]
    public void P_a_preamble_of_a_bare_word_is_not_a_failed_record()
    {
        using var site = Import("@Preamble{preamble}\n@preamble{ \"\\newcommand{\\x}{y}\" }\n@article{p, title={After the Preamble}, author={Doe, Jane}, year=2021}\n");
        Assert.Empty(site.Problems);
        Assert.Single(site.Collection.Papers);
    }

    [Fact]
    public void Q_al_folio_fields_land_where_siteGen_keeps_them()
    {
        using var site = Import(
            "@inproceedings{folio, title={Al-folio Paper}, author={Doe, Jane}, year=2022, abbr={ICML}, selected={true},\n" +
            "  pdf={https://example.org/paper.pdf}, code={https://github.com/example/code}, website={https://example.org/project},\n" +
            "  slides={https://example.org/slides.pdf}, poster={poster.pdf}, video={https://video.example.org/talk}}\n");
        var paper = site.Collection.Papers.Single();
        Assert.Equal(("ICML", "https://example.org/paper.pdf", "https://github.com/example/code", "https://example.org/project"),
            (paper.Venue, paper.Pdf, paper.Code, paper.Url));
        Assert.Equal("https://example.org/slides.pdf", paper.Extra["slides"]);
        Assert.Equal("https://video.example.org/talk", paper.Extra["video"]);
        Assert.Equal("true", paper.Extra["selected"]?.ToString());
        Assert.False(paper.Extra.ContainsKey("poster"));
        Assert.Contains("refs.bib:3:44: warning: record folio: 'poster' is not an http or https link (\"poster.pdf\"); left out", site.Problems);
    }

    [Fact]
    public void R_a_record_without_a_year_is_dated_by_its_arxiv_id_or_told_what_to_add()
    {
        using var site = Import(
            "@misc{scholar, title={Undated Preprint}, author={Doe, Jane}, eprint={2408.12345}, archivePrefix={arXiv}}\n" +
            "@misc{bare, title={Undated Note}, author={Doe, Jane}}\n");
        Assert.Equal(new DateOnly(2024, 8, 1), site.Paper("Undated Preprint").Date);
        Assert.Contains("refs.bib:1:1: warning: record scholar has no year; dated 2024-08 from its arXiv id 2408.12345", site.Problems);
        Assert.Contains("refs.bib:2:1: error: record bare has no year or date; add year = {YYYY} (or date = {YYYY-MM-DD}); skipped", site.Problems);
    }
}
