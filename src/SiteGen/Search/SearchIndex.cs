namespace SiteGen.Search;

/// <summary>
/// The analysed collection with lunr 2.3.9's BM25 weights, computed once and written in two forms:
/// <see cref="LunrIndexWriter"/> (lunr's own serialisation) and <see cref="ShardedIndexWriter"/>.
/// Term numbers are lunr's <c>_index</c>: first seen, documents in order, fields in declared order.
/// </summary>
public sealed class SearchIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private SearchIndex(IReadOnlyList<SearchDocument> documents, IReadOnlyList<string> fields,
        List<string> terms, FieldTerms[] entries, int[] postingStarts, int[] postings, int[] postingWeights)
    {
        Documents = documents;
        Fields = fields;
        Terms = terms;
        TermsInOrder = [.. Enumerable.Range(0, terms.Count).OrderBy(t => terms[t], StringComparer.Ordinal)];
        Entries = entries;
        _postingStarts = postingStarts;
        _postings = postings;
        _postingWeights = postingWeights;
    }

    public IReadOnlyList<SearchDocument> Documents { get; }
    public IReadOnlyList<string> Fields { get; }
    /// <summary>Every term, by lunr's term number.</summary>
    public IReadOnlyList<string> Terms { get; }
    /// <summary>Term numbers in the order of their terms' UTF-16 code units, the order both writers need.</summary>
    public IReadOnlyList<int> TermsInOrder { get; }

    /// <summary>
    /// One per (document, field), document-major: the field's distinct terms in first-seen order and
    /// their stored weights in thousandths (lunr keeps three decimals).
    /// </summary>
    internal FieldTerms[] Entries { get; }

    internal sealed record FieldTerms(int[] TermIds, int[] Weights);

    /// <summary>
    /// Terms only the site's own index holds (<see cref="ScriptTerms"/>), in UTF-16 order: each with the
    /// (document, field) entries holding it, ascending, and its weight in each, in thousandths.
    /// </summary>
    internal IReadOnlyList<SiteOnlyTerm> SiteOnlyTerms { get; private init; } = [];

    internal sealed record SiteOnlyTerm(string Term, int[] Entries, int[] Weights);

    /// <summary>Every written word with its stem, in UTF-16 order of the words.</summary>
    internal IReadOnlyList<(string Word, string Stem)> SurfaceForms { get; private init; } = [];

    // For each term, the (document, field) entries holding it, as entry numbers in ascending order, and its weight in each.
    private readonly int[] _postingStarts;
    private readonly int[] _postings;
    private readonly int[] _postingWeights;

    internal ReadOnlySpan<int> EntriesWith(int term) => _postings.AsSpan(_postingStarts[term], _postingStarts[term + 1] - _postingStarts[term]);

    internal ReadOnlySpan<int> WeightsOf(int term) => _postingWeights.AsSpan(_postingStarts[term], _postingStarts[term + 1] - _postingStarts[term]);

    /// <param name="previous">The previous build's analyses (<c>serve</c>): only texts it lacks are analysed.</param>
    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents, IReadOnlyList<double> boosts, SearchAnalyses? previous = null)
    {
        var fields = SearchDocuments.FieldNames;
        var f = fields.Count;

        // Analysis is the expensive part and depends on the field's text alone.
        previous?.Begin();
        var analysed = documents.AsParallel().AsOrdered()
            .SelectMany(d => d.Fields.Select(text => previous?.Of(text) ?? FieldAnalysis.Of(text)))
            .ToArray();
        previous?.Commit();

        // Term numbers and posting counts, in lunr's order.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var counts = new List<int>();
        var entryIds = new int[analysed.Length][];
        var lengthSums = new long[f];
        for (var e = 0; e < analysed.Length; e++)
        {
            var (distinct, _, length, _, _) = analysed[e];
            lengthSums[e % f] += length;
            var row = entryIds[e] = new int[distinct.Length];
            for (var i = 0; i < distinct.Length; i++)
            {
                if (!ids.TryGetValue(distinct[i], out var id))
                {
                    ids.Add(distinct[i], id = terms.Count);
                    terms.Add(distinct[i]);
                    counts.Add(0);
                }
                row[i] = id;
                counts[id]++;
            }
        }

        var n = documents.Count;
        var averageLength = lengthSums.Select(sum => (double)sum / n).ToArray();
        // lunr's idf counts (document, field) pairs, not documents.
        var idf = counts.Select(count => Math.Log(1 + Math.Abs((n - count + 0.5) / (count + 0.5)))).ToArray();

        var entries = new FieldTerms[analysed.Length];
        Parallel.For(0, analysed.Length, e =>
        {
            var (_, frequencies, length, _, _) = analysed[e];
            var field = e % f;
            var row = entryIds[e];
            var weights = new int[row.Length];
            for (var i = 0; i < row.Length; i++)
            {
                double tf = frequencies[i];
                // The same operations in the same order as lunr's Builder.createFieldVectors, so the doubles agree.
                weights[i] = Weight(idf[row[i]], tf, length / averageLength[field], boosts[field]);
            }
            entries[e] = new FieldTerms(row, weights);
        });

        var starts = new int[terms.Count + 1];
        for (var t = 0; t < terms.Count; t++) starts[t + 1] = starts[t] + counts[t];
        var fill = starts[..^1];
        var postings = new int[starts[^1]];
        var postingWeights = new int[starts[^1]];
        for (var e = 0; e < entries.Length; e++)
        {
            var (row, weights) = entries[e];
            for (var i = 0; i < row.Length; i++)
            {
                var at = fill[row[i]]++;
                postings[at] = e;
                postingWeights[at] = weights[i];
            }
        }

        var siteOnly = SiteOnly(analysed, n, f, averageLength, boosts, ids);
        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var analysis in analysed)
            foreach (var (word, stem) in analysis.Surfaces) surfaces.TryAdd(word, stem);
        var surfaceForms = surfaces.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value)).ToList();
        return new SearchIndex(documents, fields, terms, entries, starts, postings, postingWeights) { SiteOnlyTerms = siteOnly, SurfaceForms = surfaceForms };
    }

    /// <summary>lunr's stored weight in thousandths, by the same operations in the same order as its Builder.createFieldVectors, so the doubles agree.</summary>
    private static int Weight(double idf, double tf, double relativeLength, double boost)
    {
        var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * relativeLength) + tf);
        score *= boost;
        return (int)Math.Round(score * 1000, MidpointRounding.AwayFromZero);  // JavaScript's Math.round for positives
    }

    /// <summary>
    /// The script terms' postings, weighted by lunr's formula with lunr's field lengths, so that they rank beside
    /// lunr's terms; one that happens to equal a lunr term is left to lunr's.
    /// </summary>
    private static List<SiteOnlyTerm> SiteOnly(FieldAnalysis[] analysed, int n, int f, double[] averageLength,
        IReadOnlyList<double> boosts, Dictionary<string, int> lunrTerms)
    {
        var postings = new Dictionary<string, List<(int Entry, int Frequency)>>(StringComparer.Ordinal);
        for (var e = 0; e < analysed.Length; e++)
        {
            var (terms, frequencies) = analysed[e].Scripts;
            for (var i = 0; i < terms.Length; i++)
            {
                if (lunrTerms.ContainsKey(terms[i])) continue;
                if (!postings.TryGetValue(terms[i], out var list)) postings.Add(terms[i], list = []);
                list.Add((e, frequencies[i]));
            }
        }
        return [.. postings.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
        {
            var idf = Math.Log(1 + Math.Abs((n - p.Value.Count + 0.5) / (p.Value.Count + 0.5)));
            var weights = p.Value.Select(x => Weight(idf, x.Frequency, analysed[x.Entry].Length / averageLength[x.Entry % f], boosts[x.Entry % f]));
            return new SiteOnlyTerm(p.Key, [.. p.Value.Select(x => x.Entry)], [.. weights]);
        })];
    }
}
