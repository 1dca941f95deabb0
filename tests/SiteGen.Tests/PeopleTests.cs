using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using SiteGen.Output;

namespace SiteGen.Tests;

/// <summary>
/// Every author string resolves to one person: contribution marks stay on the paper that wrote them, the shown
/// name does not depend on file order, homonyms are told apart by profile ids, profiles and lab members show.
/// </summary>
public sealed class PeopleTests
{
    private const string BaseUrl = "https://lab.example.org/list/";

    private static string Paper(string title, string authors, string date = "2025-01-01") =>
        $"---\ntitle: \"{title}\"\nauthors: {authors}\ndate: {date}\ntopics: [language-models]\n---\n";

    private static JsonElement JsonLd(IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    private static string[] Byline(IDocument page) =>
        [.. page.QuerySelectorAll(".paper-authors a").Select(a => a.TextContent)];

    [Fact]
    public void A_contribution_mark_belongs_to_the_paper_that_wrote_it_and_never_to_the_person()
    {
        // The marked file sorts first, as in the issue: the name must not come from whichever file is read first.
        using var site = new InlineSite()
            .Write("papers/2025/a-marked.md", Paper("Marked", "[\"Wen Liang*\", \"Dario Pellegrini*\", \"Ines Fairweather†\"]"))
            .Write("papers/2025/b-plain.md", Paper("Plain", "[Wen Liang, Dario Pellegrini]", "2025-02-01"))
            .Write("papers/2025/c-plain.md", Paper("Also plain", "[Ines Fairweather, Wen Liang]", "2025-03-01"));
        using var built = site.Build(BaseUrl);
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));

        var author = built.Page("authors/wen-liang/index.html");
        Assert.Equal("Wen Liang", author.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(3, author.QuerySelectorAll(".paper-card").Length);
        Assert.False(built.Exists("authors/wen-liang-2/index.html"));

        var marked = built.Page("papers/a-marked/index.html");
        Assert.Equal(["Wen Liang", "Dario Pellegrini", "Ines Fairweather"], Byline(marked));
        Assert.Equal(["*", "*", "†"], marked.QuerySelectorAll(".paper-authors sup.marks").Select(s => s.TextContent));
        Assert.Equal(["* Equal contribution", "† Corresponding author"],
            marked.QuerySelectorAll(".mark-legend span").Select(s => s.TextContent));
        Assert.Equal(["Wen Liang", "Dario Pellegrini", "Ines Fairweather"],
            marked.QuerySelectorAll("meta[name=citation_author]").Select(m => m.GetAttribute("content")));
        Assert.Equal(["Wen Liang", "Dario Pellegrini", "Ines Fairweather"],
            JsonLd(marked).GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));

        var plain = built.Page("papers/b-plain/index.html");
        Assert.Equal(["Wen Liang", "Dario Pellegrini"], Byline(plain));
        Assert.Empty(plain.QuerySelectorAll(".marks, .mark-legend"));

        // No page, feed, BibTeX file or search file carries a marked name.
        foreach (var file in Directory.EnumerateFiles(built.Output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            Assert.DoesNotContain("Liang*", text);
            Assert.DoesNotContain("Pellegrini\\u002A", text);
            Assert.DoesNotContain("Fairweather†", text);
            Assert.DoesNotContain("Fairweather\\u2020", text);
        }
        Assert.Contains("author = {Wen Liang and Dario Pellegrini and Ines Fairweather}", File.ReadAllText(Path.Combine(built.Output, "papers.bib")));
    }

    [Fact]
    public void Site_yml_can_say_what_the_marks_mean()
    {
        using var site = new InlineSite()
            .Write("site.yml", "title: Inline site\nauthor_marks: {\"*\": \"Joint first authors\", \"‡\": \"Work done at the lab\"}\n")
            .Write("papers/2025/one.md", Paper("One", "[\"Ada Lovelace*\", \"Grace Hopper*‡\"]"));
        using var built = site.Build();

        Assert.Equal(["* Joint first authors", "‡ Work done at the lab"],
            built.Page("papers/one/index.html").QuerySelectorAll(".mark-legend span").Select(s => s.TextContent));
    }

    [Theory]
    [InlineData("a", "b")]
    [InlineData("b", "a")]
    public void The_shown_name_is_the_most_frequent_spelling_and_a_tie_does_not_depend_on_file_order(string first, string second)
    {
        using var site = new InlineSite()
            .Write($"papers/2025/{first}.md", Paper("First", "[José Núñez, Jose Nunez-Lopez]"))
            .Write($"papers/2025/{second}.md", Paper("Second", "[Jose Nunez, JOSE NUNEZ-LOPEZ]", "2025-02-01"))
            .Write("papers/2025/third.md", Paper("Third", "[Jose Nunez-Lopez]", "2025-03-01"));
        using var built = site.Build();

        // One use each: the spelling with its accents written out wins.
        Assert.Equal("José Núñez", built.Page("authors/jose-nunez/index.html").QuerySelector("h1")!.TextContent.Trim());
        // Two uses against one.
        Assert.Equal("Jose Nunez-Lopez", built.Page("authors/jose-nunez-lopez/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Names_that_differ_only_in_their_apostrophe_are_one_person()
    {
        using var site = new InlineSite()
            .Write("papers/2025/one.md", Paper("One", "[\"Aoife O'Rourke\"]"))
            .Write("papers/2025/two.md", Paper("Two", "[\"Aoife O’Rourke\"]", "2025-02-01"));
        using var built = site.Build();

        var pages = built.HtmlFiles().Where(f => f.StartsWith("authors/", StringComparison.Ordinal) && f != "authors/index.html").ToList();
        var page = built.Page(Assert.Single(pages));
        Assert.Equal(2, page.QuerySelectorAll(".paper-card").Length);
    }

    [Fact]
    public void Two_people_with_one_name_get_their_own_pages_by_id_and_the_index_tells_them_apart()
    {
        using var site = TwoWeiWangs();
        using var built = site.Build(BaseUrl);
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));

        Assert.Equal(["Tsinghua paper"], built.Page("authors/wei-wang-tsinghua/index.html").QuerySelectorAll(".paper-card .card-title").Select(t => t.TextContent));
        Assert.Equal(["UCLA paper"], built.Page("authors/wei-wang-ucla/index.html").QuerySelectorAll(".paper-card .card-title").Select(t => t.TextContent));
        Assert.Equal("/list/authors/wei-wang-ucla/", built.Page("papers/ucla/index.html").QuerySelector(".paper-authors a")!.GetAttribute("href"));

        var index = built.Page("authors/index.html").QuerySelectorAll(".author-list li")
            .Where(li => li.QuerySelector("a")!.TextContent == "Wei Wang")
            .Select(li => li.TextContent.Replace(" 1 paper", "").Trim());
        Assert.Equal(["Wei Wang (Tsinghua University)", "Wei Wang (UCLA)"], index.Order(StringComparer.Ordinal));
        // Only names that need it carry an affiliation.
        Assert.DoesNotContain(built.Page("authors/index.html").QuerySelectorAll(".author-list li"), li => li.TextContent.Contains("Ada Lovelace ("));
    }

    [Fact]
    public void A_bare_name_of_two_people_is_an_error_that_names_both_ids_and_the_text_to_write()
    {
        using var site = TwoWeiWangs().Write("papers/2025/bare.md", Paper("Bare", "[Ada Lovelace, Wei Wang]"));
        using var built = site.Build();

        var error = Assert.Single(built.Report.Diagnostics, d => d.Code == "author");
        Assert.EndsWith("papers/2025/bare.md:3:25: error: 'Wei Wang' is the name of 2 people (wei-wang-tsinghua, wei-wang-ucla); say which one: write " +
            "{name: \"Wei Wang\", id: wei-wang-tsinghua} or {name: \"Wei Wang\", id: wei-wang-ucla}", error.ToString());
    }

    [Fact]
    public void A_profile_shows_its_orcid_names_and_links_and_json_ld_carries_them_as_same_as()
    {
        using var site = TwoWeiWangs()
            .Write("authors/wei-wang-ucla.md",
                "---\nname: Wei Wang\naffiliation: UCLA\norcid: 0000-0002-1825-0097\nhomepage: https://example.org/wei\n" +
                "aliases: [W. Wang]\nformer_names: [Wei Zhang]\n---\nWorks on <b>graphs</b>.\n")
            .Write("papers/2025/older.md", Paper("Older", "[Wei Zhang]", "2020-01-01"));
        using var built = site.Build(BaseUrl);
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));

        var page = built.Page("authors/wei-wang-ucla/index.html");
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", page.QuerySelector(".profile-facts a")!.GetAttribute("href"));
        var facts = page.QuerySelectorAll(".profile-facts dd").Select(d => d.TextContent).ToList();
        Assert.Equal(["0000-0002-1825-0097", "W. Wang", "Wei Zhang"], facts);
        // A former name is the same person: the old paper is on this page.
        Assert.Equal(2, page.QuerySelectorAll(".paper-card").Length);

        var person = JsonLd(page);
        Assert.Equal(["https://orcid.org/0000-0002-1825-0097", "https://example.org/wei"], person.GetProperty("sameAs").EnumerateArray().Select(s => s.GetString()));
        var onPaper = JsonLd(built.Page("papers/ucla/index.html")).GetProperty("author")[0];
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", onPaper.GetProperty("sameAs")[0].GetString());
        Assert.False(JsonLd(built.Page("papers/tsinghua/index.html")).GetProperty("author")[0].TryGetProperty("sameAs", out _));
    }

    [Theory]
    [InlineData("0000-0002-1825-0097", '7')]
    [InlineData("0000-0001-5109-3700", '0')]
    [InlineData("0000-0002-1694-233X", 'X')]
    public void Orcid_check_digits_follow_iso_7064_mod_11_2(string id, char check) =>
        Assert.Equal(check, SiteGen.Model.Orcid.CheckDigit(id));

    [Fact]
    public void Lab_members_are_highlighted_wherever_they_appear_and_the_home_page_shows_the_group()
    {
        using var site = TwoWeiWangs()
            .Write("site.yml", "title: Inline site\nmembers: [Ada Lovelace]\n")
            .Write("authors/wei-wang-ucla.md", "---\nname: Wei Wang\naffiliation: UCLA\nmember: true\n---\n");
        using var built = site.Build();
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));

        var home = built.Page("index.html");
        Assert.Equal(["Ada Lovelace", "Wei Wang"], home.QuerySelectorAll(".group a").Select(a => a.TextContent));
        Assert.Equal("/authors/wei-wang-ucla/", home.QuerySelectorAll(".group a")[1].GetAttribute("href"));
        Assert.All(home.QuerySelectorAll(".card-authors a"), a =>
            Assert.Equal(a.TextContent == "Ada Lovelace" || a.GetAttribute("href") == "/authors/wei-wang-ucla/", a.ClassList.Contains("member")));
        Assert.Contains(built.Page("papers/ucla/index.html").QuerySelectorAll(".paper-authors a.member"), a => a.TextContent == "Wei Wang");
        Assert.NotNull(built.Page("authors/ada-lovelace/index.html").QuerySelector("h1 .member-badge"));
        Assert.Equal(["Ada Lovelace", "Wei Wang"], built.Page("authors/index.html").QuerySelectorAll(".author-list a.member").Select(a => a.TextContent));
        // Wei Wang of Tsinghua has one paper: Ada Lovelace is a member in its byline (no co-author list repeats it).
        Assert.Equal(["Ada Lovelace"], built.Page("authors/wei-wang-tsinghua/index.html").QuerySelectorAll(".card-authors a.member").Select(a => a.TextContent));
        Assert.Null(built.Page("authors/wei-wang-tsinghua/index.html").QuerySelector("h1 .member-badge"));
    }

    [Fact]
    public void Without_members_the_home_page_shows_no_group()
    {
        using var site = InlineSite.OnePaper();
        using var built = site.Build();
        Assert.Null(built.Page("index.html").QuerySelector(".group"));
        Assert.Empty(built.Page("index.html").QuerySelectorAll("a.member"));
    }

    [Fact]
    public void After_an_alias_merges_two_author_pages_the_old_address_leads_to_the_person()
    {
        using var site = new InlineSite()
            .Write("site.yml", "title: Inline site\nauthor_aliases: {\"Y. LeCun\": \"Yann LeCun\"}\n")
            .Write("papers/2025/one.md", Paper("One", "[Y. LeCun]"))
            .Write("papers/2025/two.md", Paper("Two", "[Yann LeCun]", "2025-02-01"));
        using var built = site.Build(BaseUrl);
        Assert.True(built.Report.Succeeded, string.Join('\n', built.Report.Diagnostics));

        var moved = built.Page("authors/y-lecun/index.html");
        Assert.Equal("0; url=/list/authors/yann-lecun/", moved.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("https://lab.example.org/list/authors/yann-lecun/", moved.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("noindex", moved.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("/list/authors/yann-lecun/", moved.QuerySelector("main .lede a")!.GetAttribute("href"));
        Assert.Equal("/list/authors/y-lecun/ /list/authors/yann-lecun/ 301!\n", File.ReadAllText(Path.Combine(built.Output, "_redirects")));
        Assert.DoesNotContain("/authors/y-lecun/", File.ReadAllText(Path.Combine(built.Output, "sitemap.xml")));
        Assert.Contains("/authors/yann-lecun/", File.ReadAllText(Path.Combine(built.Output, "sitemap.xml")));
        Assert.Empty(LinkChecker.Check(built.Output, BaseUrl));
    }

    [Fact]
    public void After_ids_split_one_author_page_the_old_address_lets_the_reader_choose()
    {
        using var site = TwoWeiWangs();
        using var built = site.Build(BaseUrl);

        var old = built.Page("authors/wei-wang/index.html");
        Assert.Null(old.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal(["/list/authors/wei-wang-tsinghua/", "/list/authors/wei-wang-ucla/"], old.QuerySelectorAll("main .author-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["(Tsinghua University)", "(UCLA)"], old.QuerySelectorAll("main .author-list .muted").Select(s => s.TextContent));
        // No single target, so Netlify serves the page itself.
        Assert.False(built.Exists("_redirects"));
        Assert.DoesNotContain("/authors/wei-wang/", File.ReadAllText(Path.Combine(built.Output, "sitemap.xml")));
        Assert.Empty(LinkChecker.Check(built.Output, BaseUrl));
    }

    [Fact]
    public void A_link_checker_follows_a_refresh_to_a_page_that_is_not_there()
    {
        using var site = InlineSite.OnePaper();
        using var built = site.Build();
        File.WriteAllText(Path.Combine(built.Output, "moved.html"), "<!doctype html><meta http-equiv=\"refresh\" content=\"0; url=/authors/nobody/\"><title>x</title>");
        Assert.Contains(LinkChecker.Check(built.Output, "/"), d => d.Message.Contains("/authors/nobody/"));
    }

    private static InlineSite TwoWeiWangs() => new InlineSite()
        .Write("authors/wei-wang-tsinghua.md", "---\nname: Wei Wang\naffiliation: Tsinghua University\n---\n")
        .Write("authors/wei-wang-ucla.md", "---\nname: Wei Wang\naffiliation: UCLA\n---\n")
        .Write("papers/2025/tsinghua.md", Paper("Tsinghua paper", "[Ada Lovelace, {name: Wei Wang, id: wei-wang-tsinghua}]"))
        .Write("papers/2025/ucla.md", Paper("UCLA paper", "[{name: \"Wei Wang*\", id: wei-wang-ucla}, Ada Lovelace]", "2025-02-01"));
}
