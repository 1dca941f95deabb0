using System.Collections.Concurrent;

namespace SiteGen.Search;

/// <summary>
/// The analysis of every field text of the previous build in this process (<c>serve</c>), by the text itself: analysis
/// is most of the search step, and an edit changes a field or two, so a rebuild analyses only texts it has not seen.
/// The weights are still computed for the whole collection (a document's length moves every weight of its field), so
/// the indexes equal a fresh build's byte for byte. Texts the last build did not use are forgotten. Safe to use from
/// parallel loops.
/// </summary>
public sealed class SearchAnalyses
{
    private ConcurrentDictionary<string, FieldAnalysis> _kept = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, FieldAnalysis> _next = new(StringComparer.Ordinal);
    private int _analysed;

    /// <summary>Field texts the last build analysed rather than took from the previous one (documents times fields on a first build).</summary>
    public int Analysed => _analysed;

    internal void Begin()
    {
        _next.Clear();
        _analysed = 0;
    }

    internal FieldAnalysis Of(string text)
    {
        if (!_kept.TryGetValue(text, out var analysis) && !_next.TryGetValue(text, out analysis))
        {
            analysis = FieldAnalysis.Of(text);
            Interlocked.Increment(ref _analysed);
        }
        _next[text] = analysis;
        return analysis;
    }

    internal void Commit()
    {
        _kept = _next;
        _next = new(StringComparer.Ordinal);
    }
}
