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
/// term and paper, lunr's weights summed over the fields (in thousandths) and a bit mask of those fields.
/// lunr's score is a sum over query terms of exactly these sums, so the ranking is lunr's; a scoped
/// query such as <c>title:x</c> filters by the mask.</item>
/// <item><c>d{ref}.json</c>: the result store, one paper a file: a page of 10 results then costs 10 small
/// files (about 3 KB gzip in all) instead of 10 shards of mostly other papers.</item>
/// <item><c>facets.json</c>: each topic's papers (with its subtopics'), for filter counts.</item>
/// <item><c>manifest.json</c>: the first term of each shard, years as runs of refs, topic names.</item>
/// </list>
/// All of it sits in <c>search/&lt;hash of the contents&gt;/</c>, so a page only ever reads files of its own build.
/// </summary>
public static class ShardedIndexWriter
{
    public const int FormatVersion = 1;
    /// <summary>A posting's value is its weight times this plus its field mask (one bit per field, six fields).</summary>
    private const long MaskValues = 64;

    public static (List<PublishedFile> Files, string ManifestPath) Write(SearchIndex index, Collection c, int shardPostings)
    {
        var files = new List<(string Name, byte[] Bytes)>();
        var shardFirstTerms = TermShards(index, shardPostings, files);
        ResultStore(index, c, files);
        files.Add(("facets.json", Facets(index, c)));

        var manifest = new StringBuilder();
        manifest.Append("{\"version\":").Append(FormatVersion)
            .Append(",\"documents\":").Append(index.Documents.Count)
            .Append(",\"fields\":[").AppendJoin(',', index.Fields.Select(Json)).Append(']')
            .Append(",\"shards\":[").AppendJoin(',', shardFirstTerms.Select(Json)).Append(']')
            .Append(",\"years\":[").AppendJoin(',', Years(index)).Append(']')
            .Append(",\"topics\":[").AppendJoin(',', c.Topics.Select(t => $"[{Json(t.Slug)},{Json(t.Title)}]")).Append("]}");
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

    /// <summary>Writes the term shards and returns the first term of each.</summary>
    private static List<string> TermShards(SearchIndex index, int shardPostings, List<(string, byte[])> files)
    {
        var fieldCount = index.Fields.Count;
        var firstTerms = new List<string>();
        var shard = new StringBuilder();
        var postingsInShard = 0;
        void Close()
        {
            files.Add(($"t{firstTerms.Count - 1}.json", Encoding.UTF8.GetBytes(shard.Append(']').ToString())));
            shard.Clear();
            postingsInShard = 0;
        }

        foreach (var t in index.TermsInOrder)
        {
            if (postingsInShard == 0)
            {
                firstTerms.Add(index.Terms[t]);
                shard.Append('[');
            }
            else shard.Append(',');

            // Per paper, weight and field mask in one number (weight * 64 + mask); entries come document-major,
            // so a paper's fields are adjacent.
            var (gaps, values) = (new List<int>(), new List<long>());
            var entries = index.EntriesWith(t);
            var weights = index.WeightsOf(t);
            var previous = 0;
            for (var i = 0; i < entries.Length; i++)
            {
                var doc = entries[i] / fieldCount;
                if (i == 0 || doc != entries[i - 1] / fieldCount)
                {
                    gaps.Add(doc - previous);
                    previous = doc;
                    values.Add(0);
                }
                values[^1] += (long)weights[i] * MaskValues + (1L << (entries[i] % fieldCount));
            }
            // [term, [ref gaps], [values]], or, when values repeat (a common term has few distinct ones),
            // [term, [ref gaps], [distinct values], [index into them]]: a quarter smaller after gzip.
            var distinct = values.Distinct().Order().ToList();
            shard.Append('[').Append(Json(index.Terms[t])).Append(",[").AppendJoin(',', gaps).Append("],[");
            if (distinct.Count * 2 < values.Count)
            {
                var position = distinct.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i);
                shard.AppendJoin(',', distinct).Append("],[").AppendJoin(',', values.Select(v => position[v])).Append("]]");
            }
            else shard.AppendJoin(',', values).Append("]]");
            var written = gaps.Count;
            postingsInShard += written;
            if (postingsInShard >= shardPostings) Close();
        }
        if (postingsInShard > 0) Close();
        return firstTerms;
    }

    private static void ResultStore(SearchIndex index, Collection c, List<(string, byte[])> files)
    {
        var topicNumber = c.Topics.Select((t, i) => (t.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        foreach (var d in index.Documents)
        {
            // [title, [authors], year, [topic numbers], paper slug, snippet]
            var row = $"[{Json(d.Paper.Title)},[{string.Join(',', d.AuthorNames.Select(Json))}],{d.Paper.Date.Year}," +
                $"[{string.Join(',', d.Paper.Topics.Select(t => topicNumber[t]))}],{Json(d.Paper.Slug)},{Json(d.Snippet)}]";
            files.Add(($"d{d.Ref}.json", Encoding.UTF8.GetBytes(row)));
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
