using System.Collections.Immutable;
using SiteGen.Text;

namespace SiteGen.Model;

/// <summary>One paper of the collection, checked and with its authors and topics resolved to slugs.</summary>
public sealed record Paper
{
    public required string Slug { get; init; }
    public required string SourcePath { get; init; }
    /// <summary>The stamp of the entry file (<see cref="Content.Entry.Stamp"/>): it changes whenever the entry's text does.</summary>
    public ulong SourceStamp { get; init; }
    public required string Title { get; init; }
    /// <summary>Author slugs, in the paper's order; empty when the authors are unknown.</summary>
    public required ImmutableArray<string> Authors { get; init; }
    /// <summary>
    /// Contribution marks this paper writes after an author's name (<c>Wen Liang*</c>), by author slug, in the
    /// order written; authors without marks are absent.
    /// </summary>
    public ImmutableSortedDictionary<string, string> AuthorMarks { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public required DateOnly Date { get; init; }
    /// <summary>When the paper joined the collection; defaults to <see cref="Date"/>.</summary>
    public required DateOnly Added { get; init; }
    public required ImmutableArray<string> Topics { get; init; }
    public string? Venue { get; init; }
    public string? Arxiv { get; init; }
    public string? Doi { get; init; }
    public string? Url { get; init; }
    public string? Pdf { get; init; }
    public string? Code { get; init; }
    public string? Abstract { get; init; }
    public int? Upvotes { get; init; }
    /// <summary>The paper's own picture for link previews (<c>image:</c>); null for the site's.</summary>
    public PreviewImage? Image { get; init; }
    /// <summary>A BibTeX record the curator wrote, used as written on the page and in the .bib files; when absent one is generated.</summary>
    public string? Bibtex { get; init; }
    /// <summary>How the lab reads it (<c>reading:</c>); null when not on the reading group's list.</summary>
    public Reading? Reading { get; init; }
    /// <summary>Typed links to other papers and topics (<c>relations:</c>), each to an entry that exists.</summary>
    public ImmutableArray<PaperRelation> Relations { get; init; } = [];
    /// <summary>The curator's notes: the Markdown body of the entry, parsed once.</summary>
    public MarkdownText Notes { get; init; } = MarkdownText.Empty;
    /// <summary>Front-matter keys SiteGen does not know, passed to templates as they are.</summary>
    public ImmutableSortedDictionary<string, object?> Extra { get; init; } = ImmutableSortedDictionary<string, object?>.Empty;
}
