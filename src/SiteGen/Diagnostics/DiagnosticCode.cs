namespace SiteGen.Diagnostics;

/// <summary>
/// The catalogue of diagnostic codes: a short stable name for each kind of problem, printed in
/// <c>sitegen check --format json</c> (<c>"code"</c>) and in GitHub annotation titles (<c>sitegen yaml</c>), so
/// scripts can act on a kind of problem without matching messages. Every diagnostic takes its code from here.
/// </summary>
/// <param name="Name">The printed code: lowercase words joined by <c>-</c>.</param>
/// <param name="Meaning">What kind of problem it names, for the README's list of codes.</param>
public sealed record DiagnosticCode(string Name, string Meaning)
{
    public static readonly DiagnosticCode Encoding = new("encoding", "bytes that are not UTF-8, or an invisible control character");
    public static readonly DiagnosticCode FrontMatter = new("front-matter", "the file does not start with, or never closes, its --- front matter");
    public static readonly DiagnosticCode Yaml = new("yaml", "front matter that is not plain YAML: syntax, tabs, repeated keys, anchors, aliases, tags, deep nesting");
    public static readonly DiagnosticCode Comment = new("comment", "an inline comment cut an unquoted text value short");
    public static readonly DiagnosticCode Required = new("required", "a required field is missing or empty");
    public static readonly DiagnosticCode Type = new("type", "a value of the wrong kind: a list for text, text that is not a number");
    public static readonly DiagnosticCode Date = new("date", "a date that is not YYYY-MM-DD");
    public static readonly DiagnosticCode Arxiv = new("arxiv", "an arXiv id of the wrong shape");
    public static readonly DiagnosticCode Doi = new("doi", "a DOI of the wrong shape");
    public static readonly DiagnosticCode Url = new("url", "a link field that is not an http or https URL");
    public static readonly DiagnosticCode Http = new("http", "a link field that uses plain http");
    public static readonly DiagnosticCode UnknownKey = new("unknown-key", "a key SiteGen does not use, or a likely typo of one it does");
    public static readonly DiagnosticCode Repeated = new("repeated", "an author or topic listed twice in one paper");
    public static readonly DiagnosticCode Slug = new("slug", "a file name that is not a slug, or a page name the site uses itself");
    public static readonly DiagnosticCode Topic = new("topic", "an unknown topic, or a topic that is its own ancestor");
    public static readonly DiagnosticCode Duplicate = new("duplicate", "two entries that are the same paper (arXiv id, DOI, title) or share a slug");
    public static readonly DiagnosticCode DuplicateTitle = new("duplicate-title", "two papers share a title but look like different papers");
    public static readonly DiagnosticCode AuthorSpelling = new("author-spelling", "one author seemingly written two ways");
    public static readonly DiagnosticCode Author = new("author", "an author entry that names no profile, or a name several profiles share (write {name, id})");
    public static readonly DiagnosticCode Orcid = new("orcid", "an ORCID iD of the wrong shape or with a wrong check digit");
    public static readonly DiagnosticCode Link = new("link", "a link to a page or file the site does not publish");
    public static readonly DiagnosticCode Markdown = new("markdown", "notes the Markdown reader refuses: too long, too deep, too many markers");
    public static readonly DiagnosticCode Bibtex = new("bibtex", "a BibTeX record that cannot be read or imported");
    public static readonly DiagnosticCode Size = new("size", "an entry file over 100 KB");
    public static readonly DiagnosticCode Ignored = new("ignored", "a file or folder in the content that is not an entry");
    public static readonly DiagnosticCode Content = new("content", "the content folder, one of its folders or an entry file cannot be read");
    public static readonly DiagnosticCode Site = new("site", "site.yml is missing");
    public static readonly DiagnosticCode Format = new("format", "site.yml names an older content format (how to update) or one newer than this SiteGen");
    public static readonly DiagnosticCode Search = new("search", "a bad value in site.yml's search settings");
    public static readonly DiagnosticCode Template = new("template", "a theme template that is missing, does not parse, or fails to render");
    public static readonly DiagnosticCode Exists = new("exists", "a new entry's file already exists");
    public static readonly DiagnosticCode Output = new("output", "the output folder cannot be written or replaced");
    public static readonly DiagnosticCode Metadata = new("metadata", "an entry whose title, first author or year differs from its cached arXiv, Crossref or DataCite record");
    public static readonly DiagnosticCode Reading = new("reading", "a bad value in a paper's reading: (status), or a presenter the collection does not know");
    public static readonly DiagnosticCode Relation = new("relation", "a relation to a paper or topic that does not exist, or to the paper itself");
    public static readonly DiagnosticCode ReadingPath = new("path", "a reading path's step names an unknown paper, or its requires go round in a cycle");

    /// <summary>Every code, in the order above.</summary>
    public static readonly IReadOnlyList<DiagnosticCode> All =
    [
        Encoding, FrontMatter, Yaml, Comment, Required, Type, Date, Arxiv, Doi, Url, Http, UnknownKey, Repeated, Slug, Topic,
        Duplicate, DuplicateTitle, AuthorSpelling, Author, Orcid, Link, Markdown, Bibtex, Size, Ignored, Content, Site, Format, Search, Template, Exists, Output,
        Metadata, Reading, Relation, ReadingPath,
    ];

    public override string ToString() => Name;
}
