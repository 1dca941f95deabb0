using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>What <c>site.yml</c> says about the whole site.</summary>
public sealed record SiteSettings
{
    /// <summary>The content format the site is written in (<c>format:</c>); see <see cref="ContentFormat"/>.</summary>
    public int Format { get; init; } = ContentFormat.Current;
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    /// <summary>Where the site is published, e.g. <c>https://lab.github.io/reading-list/</c>, or just <c>/</c>.</summary>
    public string BaseUrl { get; init; } = "/";
    public string Language { get; init; } = "en";
    /// <summary>Other spellings of an author's name, mapped to the name to show.</summary>
    public IReadOnlyDictionary<string, string> AuthorAliases { get; init; } = new Dictionary<string, string>();
    /// <summary>
    /// What contribution marks after author names mean (<c>author_marks: {"*": "Equal contribution"}</c>), in file order
    /// with where each is written; marks it does not name keep their default meaning.
    /// </summary>
    public IReadOnlyList<(string Mark, string Meaning, SourcePosition At)> AuthorMarks { get; init; } = [];
    /// <summary>The lab's members (<c>members:</c>): author names or profile ids, with where each is written.</summary>
    public IReadOnlyList<(string Value, SourcePosition At)> Members { get; init; } = [];
    /// <summary>
    /// <c>paper_fields</c>: fields a paper page shows among its facts only because the site asks (<c>upvotes</c>, or keys
    /// outside the schema such as <c>categories</c>), in the order given, with where each is written.
    /// </summary>
    public IReadOnlyList<(string Value, SourcePosition At)> PaperFields { get; init; } = [];
    /// <summary><c>image</c>: the picture link previews of every page show (an https URL; a paper's own <c>image:</c> wins), with where it is written.</summary>
    public (string Value, SourcePosition At)? Image { get; init; }
    /// <summary>The display path of <c>site.yml</c>, where problems with its values are reported.</summary>
    public string SourcePath { get; init; } = "site.yml";
    /// <summary>How many recent additions the home page lists.</summary>
    public int HomeLimit { get; init; } = 15;
    /// <summary><c>papers_per_page</c>: papers on each page of <c>/papers/</c>, a topic or an author; longer listings are split.</summary>
    public int PapersPerPage { get; init; } = 100;
    /// <summary>Folder inside the content folder whose files override theme files of the same path.</summary>
    public string ThemeOverrides { get; init; } = "theme";
    public SearchSettings Search { get; init; } = new();
    /// <summary>An e-mail address for the User-Agent of requests to arXiv, Crossref and DataCite, as their etiquette asks.</summary>
    public string? Contact { get; init; }
    public ReadingGroupSettings ReadingGroup { get; init; } = new();
}

/// <summary>The <c>search:</c> section of <c>site.yml</c>.</summary>
public sealed record SearchSettings
{
    /// <summary>The indexed fields, in lunr's declared order, with their default boosts.</summary>
    public static readonly IReadOnlyList<(string Field, double Boost)> DefaultBoosts =
        [("title", 10), ("authors", 5), ("topics", 3), ("venue", 2), ("abstract", 1), ("notes", 1)];

    /// <summary>
    /// Collections up to this many papers get <c>search/lunr-index.json</c> unless <see cref="LunrIndex"/> says otherwise:
    /// the file grows about 3.7 KB per paper (36 MB at 10,000), more than lunr.js can load in a browser, and the
    /// search page never reads it.
    /// </summary>
    public const int LunrIndexMaxPapers = 5000;

    /// <summary><c>lunr_index</c> as written: true or false, or null (not written) for "up to <see cref="LunrIndexMaxPapers"/> papers".</summary>
    public bool? LunrIndex { get; init; }

    /// <summary>Whether a collection of <paramref name="papers"/> papers gets <c>search/lunr-index.json</c>.</summary>
    public bool WritesLunrIndex(int papers) => LunrIndex ?? papers <= LunrIndexMaxPapers;
    /// <summary>Boost per field, in <see cref="DefaultBoosts"/> order.</summary>
    public IReadOnlyList<double> Boosts { get; init; } = [.. DefaultBoosts.Select(b => b.Boost)];
    /// <summary>About how many postings one shard of the sharded index holds: 2,000 balances the manifest (a separator a shard) against the shard a query fetches (bench/search.sh).</summary>
    public int ShardPostings { get; init; } = 2000;
}
