using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SiteGen.Model;

/// <summary>
/// A reader that answers "in how many documents is this word?" from a table made once, and passes
/// everything else to the real index. MoreLikeThis asks that question for every word of every paper,
/// and answering it from the index opens a fresh term enumerator each time, which dominated the cost.
/// </summary>
internal sealed class FrequencyTableReader(AtomicReader input, string fieldName) : FilterAtomicReader(input)
{
    private readonly Dictionary<string, int> _docFreqs = Table(input, fieldName);

    public override Fields Fields => new TableFields(base.Fields, fieldName, _docFreqs);

    private static Dictionary<string, int> Table(AtomicReader reader, string fieldName)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = reader.Fields.GetTerms(fieldName).GetEnumerator();
        while (terms.MoveNext()) table[terms.Term.Utf8ToString()] = terms.DocFreq;
        return table;
    }

    private sealed class TableFields(Fields input, string fieldName, Dictionary<string, int> docFreqs) : FilterFields(input)
    {
        public override Terms GetTerms(string name) =>
            name == fieldName ? new TableTerms(base.GetTerms(name), docFreqs) : base.GetTerms(name);
    }

    private sealed class TableTerms(Terms input, Dictionary<string, int> docFreqs) : FilterTerms(input)
    {
        public override TermsEnum GetEnumerator() => new Lookup(docFreqs);
    }

    /// <summary>Supports exactly what a document-frequency lookup uses: seek to a term, read its frequency.</summary>
    private sealed class Lookup(Dictionary<string, int> docFreqs) : TermsEnum
    {
        private int _docFreq;

        public override bool SeekExact(BytesRef text) => docFreqs.TryGetValue(text.Utf8ToString(), out _docFreq);
        public override int DocFreq => _docFreq;

        public override SeekStatus SeekCeil(BytesRef text) => throw new NotSupportedException();
        public override void SeekExact(long ord) => throw new NotSupportedException();
        public override BytesRef Term => throw new NotSupportedException();
        public override long Ord => throw new NotSupportedException();
        public override long TotalTermFreq => throw new NotSupportedException();
        public override DocsEnum Docs(IBits liveDocs, DocsEnum reuse, DocsFlags flags) => throw new NotSupportedException();
        public override DocsAndPositionsEnum DocsAndPositions(IBits liveDocs, DocsAndPositionsEnum reuse, DocsAndPositionsFlags flags) => throw new NotSupportedException();
        public override IComparer<BytesRef> Comparer => BytesRef.UTF8SortedAsUnicodeComparer;
        public override bool MoveNext() => false;

        [Obsolete("Lucene.NET's own member is obsolete; required while it stays abstract.")]
        public override BytesRef Next() => null!;
    }
}
