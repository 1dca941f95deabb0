using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Model;
using SiteGen.Paths;

namespace SiteGen.Search;

/// <summary>
/// The index the site's own search page reads, in small files so that a query downloads kilobytes:
/// <list type="bullet">
/// <item><c>t{n}.json</c>: terms in UTF-16 order cut into shards of about <c>shardPostings</c> postings; per
/// term and paper, lunr's weights summed over the fields (in thousandths) and a bit mask of those fields, as
/// <see cref="NumberString"/>s (see <see cref="Postings"/>). Beside lunr's terms: the script terms
/// (<see cref="ScriptTerms"/>) and, as <c>[word, stem]</c> (the only entries of two elements), each written word
/// whose stem differs, so that a prefix of the word finds the stem.
/// lunr's score is a sum over query terms of exactly these sums, so the ranking is lunr's; a scoped
/// query such as <c>title:x</c> filters by the mask.</item>
/// <item><c>r{block}.json</c>: the result store, <see cref="RowsPerBlock"/> papers a file (block <c>b</c> holds refs
/// <c>b * RowsPerBlock</c> on, one row each): a file a paper kept a page of 10 results to about 6 KB gzip but made
/// search a file per paper, the most of any part of the site; blocks of 8 cut search's files to a fifth (issue 12's
/// budget of 3 files a paper) and make a first page download about 34 KB gzip instead of 11 at 10,000 papers.</item>
/// <item><c>facets.json</c>: each topic's papers (with its subtopics'), for filter counts.</item>
/// <item><c>w{letter}.json</c>: the written words and how many papers hold them, for "Did you mean".</item>
/// <item><c>manifest.json</c>: the shards' separators (<see cref="ShardKeys"/>), years as runs of refs, topic names, and the reading
/// paths as <c>[slug, title]</c> (a handful, matched by their titles in the browser: no index of their own).</item>
/// </list>
/// All of it sits in <c>search/&lt;hash of the contents&gt;/</c>, so a page only ever reads files of its own build.
/// </summary>
public static class ShardedIndexWriter
{
    public const int FormatVersion = 5;
    /// <summary>Result-store rows a file; the manifest gives it as <c>rows</c>.</summary>
    public const int RowsPerBlock = 8;
    /// <summary>Authors a result-store row names (the search page shows as many, then "and N more").</summary>
    private const int ResultAuthors = 6;
    /// <summary>A posting's value is its weight times this plus its field mask (one bit per field, six fields).</summary>
    private const long MaskValues = 64;

    public static (List<PublishedFile> Files, string ManifestPath) Write(SearchIndex index, Collection c, int shardPostings)
    {
        var files = new List<(string Name, byte[] Bytes)>();
        var shardSeparators = TermShards(index, shardPostings, files);
        ResultStore(index, c, files);
        files.Add(("facets.json", Facets(index, c)));
        Vocabulary(index, files);

        var manifest = new StringBuilder();
        manifest.Append("{\"version\":").Append(FormatVersion)
            .Append(",\"documents\":").Append(index.Documents.Count)
            .Append(",\"rows\":").Append(RowsPerBlock)
            .Append(",\"fields\":[").AppendJoin(',', index.Fields.Select(Json)).Append(']')
            .Append(",\"shards\":").Append(Json(ShardKeys(shardSeparators)))
            .Append(",\"years\":[").AppendJoin(',', Years(index)).Append(']')
            .Append(",\"topics\":[").AppendJoin(',', c.Topics.Select(t => $"[{Json(t.Slug)},{Json(t.Title)}]")).Append(']')
            .Append(",\"paths\":[").AppendJoin(',', c.ReadingPaths.Select(p => $"[{Json(p.Slug)},{Json(p.Title)}]")).Append("]}");
        files.Add(("manifest.json", Encoding.UTF8.GetBytes(manifest.ToString())));

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(bytes);
        }
        var folder = SitePaths.SearchBuild(Convert.ToHexStringLower(hash.GetHashAndReset())[..12]);
        return ([.. files.Select(f => new PublishedFile(folder + f.Name, f.Bytes))], folder + "manifest.json");
    }

    /// <summary>
    /// Writes the term shards and returns the separator of each (<see cref="Separator"/>). lunr's terms, the script terms and the written
    /// words (<c>[word, stem]</c>, no postings) go in one UTF-16 order, so the shards a prefix's range covers
    /// also name the stems of the words it begins.
    /// </summary>
    private static List<string> TermShards(SearchIndex index, int shardPostings, List<(string, byte[])> files)
    {
        var keys = new List<(string Key, int Kind, int At)>(index.Terms.Count + index.SiteOnlyTerms.Count + index.SurfaceForms.Count);
        foreach (var t in index.TermsInOrder) keys.Add((index.Terms[t], 0, t));
        for (var i = 0; i < index.SiteOnlyTerms.Count; i++) keys.Add((index.SiteOnlyTerms[i].Term, 1, i));
        for (var i = 0; i < index.SurfaceForms.Count; i++)
        {
            if (index.SurfaceForms[i].Word != index.SurfaceForms[i].Stem) keys.Add((index.SurfaceForms[i].Word, 2, i));
        }
        keys.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var c and not 0 ? c : a.Kind.CompareTo(b.Kind));

        // A common term's strongest papers sit in its shard; the rest, its tail, in files of its own. 2,500 papers for
        // 2,000-posting shards: heads of 1,000 made two common words at 100,000 papers fetch up to 125 KB of tails.
        var headPapers = Math.Max(1, shardPostings * 5 / 4);
        var separators = new List<string>();
        var shard = new StringBuilder();
        var (postingsInShard, tierFiles) = (0, 0);
        void Close()
        {
            files.Add(($"t{separators.Count - 1}.json", Encoding.UTF8.GetBytes(shard.Append(']').ToString())));
            shard.Clear();
            postingsInShard = 0;
        }

        for (var k = 0; k < keys.Count; k++)
        {
            var (key, kind, at) = keys[k];
            if (postingsInShard == 0)
            {
                separators.Add(k == 0 ? "" : Separator(keys[k - 1].Key, key));
                shard.Append('[');
            }
            else shard.Append(',');

            if (kind == 2)
            {
                shard.Append('[').Append(Json(key)).Append(',').Append(Json(index.SurfaceForms[at].Stem)).Append(']');
                postingsInShard += 5;  // about as many bytes as five postings
            }
            else if (kind == 1) postingsInShard += Term(shard, key, Papers(index.SiteOnlyTerms[at].Entries, index.SiteOnlyTerms[at].Weights, index.Fields.Count), headPapers, index.Documents.Count, files, ref tierFiles);
            else postingsInShard += Term(shard, key, Papers(index.EntriesWith(at), index.WeightsOf(at), index.Fields.Count), headPapers, index.Documents.Count, files, ref tierFiles);
            // Entries of one key (a term and a written word alike) stay in one shard, which its separator names.
            if (postingsInShard >= shardPostings && (k + 1 == keys.Count || keys[k + 1].Key != key)) Close();
        }
        if (postingsInShard > 0) Close();
        return separators;
    }

    /// <summary>
    /// The shortest start of <paramref name="key"/> that sorts after <paramref name="previous"/> (which sorts before it):
    /// every key of the shard it opens is at or after it, every key before is before it. A surrogate pair stays whole.
    /// </summary>
    private static string Separator(string previous, string key)
    {
        var cut = CommonStart(previous, key) + 1;
        if (cut < key.Length && char.IsHighSurrogate(key[cut - 1])) cut++;
        return key[..cut];
    }

    private static int CommonStart(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    /// <summary>
    /// The shards' separators front-coded in one string: for each, how many UTF-16 units it shares with the one before
    /// (a <see cref="NumberString"/> number) and the rest, separated by spaces (no key holds one: the tokenizer splits there).
    /// </summary>
    private static string ShardKeys(List<string> separators)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < separators.Count; i++)
        {
            var shared = i == 0 ? 0 : CommonStart(separators[i - 1], separators[i]);
            if (shared > 0 && shared < separators[i].Length && char.IsLowSurrogate(separators[i][shared])) shared--;
            if (i > 0) sb.Append(' ');
            NumberString.Number(sb, shared);
            sb.Append(separators[i], shared, separators[i].Length - shared);
        }
        return sb.ToString();
    }

    /// <summary>Per paper, in ref order: the paper and its value, weight and field mask in one number (weight * 64 + mask).</summary>
    private static (List<int> Refs, List<long> Values) Papers(ReadOnlySpan<int> entries, ReadOnlySpan<int> weights, int fieldCount)
    {
        // Entries come document-major, so a paper's fields are adjacent.
        var (refs, values) = (new List<int>(), new List<long>());
        for (var i = 0; i < entries.Length; i++)
        {
            var doc = entries[i] / fieldCount;
            if (i == 0 || doc != entries[i - 1] / fieldCount)
            {
                refs.Add(doc);
                values.Add(0);
            }
            values[^1] += (long)weights[i] * MaskValues + (1L << (entries[i] % fieldCount));
        }
        return (refs, values);
    }

    /// <summary>How many tiers, strongest first, a common term's tail has before the rest goes into blocks by ref.</summary>
    private const int WeightTiers = 2;

    /// <summary>
    /// Writes one term: <c>[term, postings...]</c>, and for a term in more than <paramref name="headPapers"/> papers
    /// only its strongest papers there, followed by <c>{"n": papers in all, "w": [the highest weight of each tier and
    /// of the rest, in thousandths], "x": number of the first tail file, "t": tiers, "b": blocks, "s": refs per block}</c>.
    /// The tail goes strongest first into <see cref="WeightTiers"/> tiers (<c>headPapers</c> papers, then twice that),
    /// to <c>x{x}.json</c>, <c>x{x+1}.json</c>; what is left into <c>b</c> blocks by ref (block <c>i</c> holds the refs from
    /// <c>i * s</c>), <c>x{x+t+i}.json</c>, each <c>[postings...]</c>. Two common words are decided by the strongest tiers;
    /// a rare word with a common one needs the common word's weight only for the rare word's best papers, which
    /// their blocks give (a block also proves a paper absent). Returns how many papers the shard entry names.
    /// </summary>
    private static int Term(StringBuilder shard, string term, (List<int> Refs, List<long> Values) papers, int headPapers, int documents,
        List<(string Name, byte[])> files, ref int tailFiles)
    {
        shard.Append('[').Append(Json(term)).Append(',');
        if (papers.Refs.Count <= headPapers)
        {
            Postings(shard, papers.Refs, papers.Values);
            shard.Append(']');
            return papers.Refs.Count;
        }
        var strongestFirst = Enumerable.Range(0, papers.Refs.Count)
            .OrderByDescending(i => papers.Values[i] / MaskValues).ThenBy(i => papers.Refs[i]).ToList();
        var head = strongestFirst.Take(headPapers).Order().ToList();
        Postings(shard, [.. head.Select(i => papers.Refs[i])], [.. head.Select(i => papers.Values[i])]);
        var (firstFile, nextFile) = (tailFiles, tailFiles);
        var highest = new List<long>();
        void Add(List<int> part)
        {
            var json = new StringBuilder("[");
            Postings(json, [.. part.Select(i => papers.Refs[i])], [.. part.Select(i => papers.Values[i])]);
            files.Add(($"x{nextFile++}.json", Encoding.UTF8.GetBytes(json.Append(']').ToString())));
        }

        var (from, size, tiers) = (headPapers, headPapers, 0);
        for (; tiers < WeightTiers && from < strongestFirst.Count; tiers++, from += size, size *= 2)
        {
            var tier = strongestFirst.Skip(from).Take(size).ToList();
            highest.Add(papers.Values[tier[0]] / MaskValues);
            Add([.. tier.Order()]);
        }
        var rest = strongestFirst.Skip(from).ToList();
        var (blocks, span) = (0, 0);
        if (rest.Count > 0)
        {
            highest.Add(papers.Values[rest[0]] / MaskValues);
            blocks = (rest.Count + headPapers / 2 - 1) / Math.Max(1, headPapers / 2);
            span = (documents + blocks - 1) / blocks;
            var byBlock = rest.ToLookup(i => papers.Refs[i] / span);
            for (var b = 0; b < blocks; b++) Add([.. byBlock[b].Order()]);
        }
        tailFiles = nextFile;
        shard.Append(",{\"n\":").Append(papers.Refs.Count)
            .Append(",\"w\":[").AppendJoin(',', highest).Append(']')
            .Append(",\"x\":").Append(firstFile).Append(",\"t\":").Append(tiers)
            .Append(",\"b\":").Append(blocks).Append(",\"s\":").Append(span).Append("}]");
        return head.Count;
    }

    /// <summary>
    /// <c>"ref gaps","values"</c>, or, when values repeat (a common term has few distinct ones),
    /// <c>"ref gaps","distinct values as gaps","index into them"</c>, each a <see cref="NumberString"/>.
    /// </summary>
    private static void Postings(StringBuilder sb, List<int> refs, List<long> values)
    {
        NumberString.Append(sb, refs.Select((r, i) => (long)(i == 0 ? r : r - refs[i - 1])));
        sb.Append(',');
        var distinct = values.Distinct().Order().ToList();
        if (distinct.Count * 2 < values.Count)
        {
            var position = distinct.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => (long)x.i);
            NumberString.Append(sb, distinct.Select((v, i) => i == 0 ? v : v - distinct[i - 1]));
            sb.Append(',');
            NumberString.Append(sb, values.Select(v => position[v]));
        }
        else NumberString.Append(sb, values);
    }

    // Enough for every word a visitor is likely to mistype; rarer words are left out of "Did you mean".
    private const int VocabularyPerLetter = 20000;

    /// <summary>
    /// <c>w{letter}.json</c>, for "Did you mean": the written words of three or more ASCII letters beginning with that
    /// letter, each with the number of papers its stem is in, most frequent first (then in UTF-16 order).
    /// </summary>
    private static void Vocabulary(SearchIndex index, List<(string, byte[])> files)
    {
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < index.Terms.Count; t++) termIds[index.Terms[t]] = t;
        var words = index.SurfaceForms
            .Where(s => s.Word.Length >= 3 && s.Word.All(char.IsAsciiLetterLower) && termIds.ContainsKey(s.Stem))
            .Select(s => (s.Word, Papers: PaperCount(index, termIds[s.Stem])));
        foreach (var letter in words.GroupBy(w => w.Word[0]).OrderBy(g => g.Key))
        {
            var entries = letter.OrderByDescending(w => w.Papers).ThenBy(w => w.Word, StringComparer.Ordinal).Take(VocabularyPerLetter);
            files.Add(($"w{letter.Key}.json", Encoding.UTF8.GetBytes("[" + string.Join(',', entries.Select(e => $"[{Json(e.Word)},{e.Papers}]")) + "]")));
        }
    }

    private static int PaperCount(SearchIndex index, int term)
    {
        var entries = index.EntriesWith(term);
        var (fieldCount, count) = (index.Fields.Count, 0);
        for (var i = 0; i < entries.Length; i++) if (i == 0 || entries[i] / fieldCount != entries[i - 1] / fieldCount) count++;
        return count;
    }

    private static void ResultStore(SearchIndex index, Collection c, List<(string, byte[])> files)
    {
        var topicNumber = c.Topics.Select((t, i) => (t.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        // Documents are in ref order (0, 1, ...), so a block is a run of them.
        foreach (var block in index.Documents.Chunk(RowsPerBlock).Select((rows, b) => (rows, b)))
        {
            // Each row: [title, [authors], [topic numbers], paper slug, text for the snippet, date, venue, [author slugs], authors in all];
            // the year is the date's. A result shows the first ResultAuthors authors and "and N more", so only those are stored.
            var rows = block.rows.Select(d => $"[{Json(d.Paper.Title)},[{string.Join(',', d.AuthorNames.Take(ResultAuthors).Select(Json))}]," +
                $"[{string.Join(',', d.Paper.Topics.Select(t => topicNumber[t]))}],{Json(d.Paper.Slug)},{Json(d.Snippet)}," +
                $"{Json(d.Paper.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))},{Json(d.Paper.Venue ?? "")}," +
                $"[{string.Join(',', d.Paper.Authors.Take(ResultAuthors).Select(Json))}],{d.Paper.Authors.Length}]");
            files.Add(($"r{block.b}.json", Encoding.UTF8.GetBytes("[" + string.Join(",\n", rows) + "]")));
        }
    }

    /// <summary>For each topic, in manifest order, its papers and its subtopics' as gaps between refs.</summary>
    private static byte[] Facets(SearchIndex index, Collection c)
    {
        var refOf = index.Documents.ToDictionary(d => d.Paper.Slug, d => int.Parse(d.Ref, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var lists = c.Topics.Select(t =>
        {
            var refs = c.PapersOfTopic(t.Slug).Select(p => refOf[p.Slug]).Order().ToArray();
            return "[" + string.Join(',', refs.Select((r, i) => i == 0 ? r : r - refs[i - 1])) + "]";
        });
        return Encoding.UTF8.GetBytes("{\"topics\":[" + string.Join(',', lists) + "]}");
    }

    /// <summary>[year, first ref, count] for each run of papers of one year (refs go newest first).</summary>
    private static IEnumerable<string> Years(SearchIndex index) =>
        index.Documents
            .Select((d, i) => (d.Paper.Date.Year, i))
            .GroupBy(x => x.Year)
            .Select(g => $"[{g.Key},{g.First().i},{g.Count()}]");

    private static string Json(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        JsJson.String(sb, s);
        return sb.ToString();
    }
}
