using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Search;

namespace SiteGen;

/// <summary>
/// What one build leaves for the next when they run in the same process (<c>serve</c>): parsed entries,
/// re-parsed only when their text changes; related papers, recomputed only when a title, abstract
/// or topic changes; the search analysis of each field text, analysed only when new; each paper's records for
/// the data files; and rendered pages,
/// rendered again only when what they show changed.
/// </summary>
public sealed class BuildCache
{
    public EntryCache Entries { get; } = new();

    internal RelatedPapers? Related { get; set; }

    /// <summary>Each field text's search analysis, by text.</summary>
    public SearchAnalyses Search { get; } = new();

    /// <summary>Each paper's BibTeX, RIS and CSL-JSON records, written again only when the paper changed.</summary>
    public PaperRecords Records { get; } = new();

    internal RenderedPages Pages { get; } = new();
}
