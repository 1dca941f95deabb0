using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Writes <see cref="SearchIndex"/> as lunr 2.3.9 serialises an index (<c>Index.toJSON</c>), byte for
/// byte: field vectors per (document, field) in insertion order with entries sorted by term number, the
/// inverted index sorted by UTF-16 code units with every field named in every posting, and the query
/// pipeline <c>["trimmer","stemmer"]</c> (the index side also drops stop words, which a query must not).
/// </summary>
public static class LunrIndexWriter
{
    public static byte[] Write(SearchIndex index)
    {
        var sb = new StringBuilder(1 << 20);
        var fields = index.Fields;
        sb.Append("{\"version\":\"2.3.9\",\"fields\":[");
        for (var f = 0; f < fields.Count; f++)
        {
            if (f > 0) sb.Append(',');
            JsJson.String(sb, fields[f]);
        }

        sb.Append("],\"fieldVectors\":[");
        for (var e = 0; e < index.Entries.Length; e++)
        {
            if (e > 0) sb.Append(',');
            var doc = index.Documents[e / fields.Count];
            sb.Append('[');
            JsJson.String(sb, fields[e % fields.Count] + "/" + doc.Ref);
            sb.Append(",[");
            var (ids, weights) = index.Entries[e];
            int[] sortedIds = [.. ids], sortedWeights = [.. weights];
            Array.Sort(sortedIds, sortedWeights);
            for (var i = 0; i < sortedIds.Length; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(sortedIds[i]).Append(',');
                JsJson.Thousandths(sb, sortedWeights[i]);
            }
            sb.Append("]]");
        }

        sb.Append("],\"invertedIndex\":[");
        var firstTerm = true;
        foreach (var t in index.TermsInOrder)
        {
            if (!firstTerm) sb.Append(',');
            firstTerm = false;
            sb.Append('[');
            JsJson.String(sb, index.Terms[t]);
            sb.Append(",{\"_index\":").Append(t);
            var entries = index.EntriesWith(t);
            for (var f = 0; f < fields.Count; f++)
            {
                sb.Append(',');
                JsJson.String(sb, fields[f]);
                sb.Append(":{");
                var firstDoc = true;
                foreach (var e in entries)
                {
                    if (e % fields.Count != f) continue;
                    if (!firstDoc) sb.Append(',');
                    firstDoc = false;
                    JsJson.String(sb, index.Documents[e / fields.Count].Ref);
                    sb.Append(":{}");
                }
                sb.Append('}');
            }
            sb.Append("}]");
        }
        sb.Append("],\"pipeline\":[\"trimmer\",\"stemmer\"]}");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
