using System.Collections.Frozen;
using System.Collections.Immutable;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SiteGen.Model;

/// <summary>
/// For each paper, up to five others most similar in title, abstract and topics, found with Lucene's
/// MoreLikeThis over an in-memory index built at build time. Ties are broken by slug, so two builds of
/// the same collection always agree.
/// </summary>
public sealed class RelatedPapers
{
    public const int Count = 5;
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] Fields = ["title", "abstract", "topics"];

    private readonly FrozenDictionary<string, ImmutableArray<string>> _bySlug;

    private RelatedPapers(FrozenDictionary<string, ImmutableArray<string>> bySlug) => _bySlug = bySlug;

    /// <summary>Slugs of the papers related to this one, most similar first.</summary>
    public ImmutableArray<string> Of(string slug) => _bySlug.GetValueOrDefault(slug, []);

    public static RelatedPapers Find(Collection collection)
    {
        if (collection.Papers.Length < 2) return new RelatedPapers(FrozenDictionary<string, ImmutableArray<string>>.Empty);

        using var analyzer = new EnglishAnalyzer(Version);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE }))
        {
            // Term vectors let MoreLikeThis read a paper's terms back without analysing it again.
            var text = new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true };
            text.Freeze();
            foreach (var paper in collection.Papers)
            {
                // The title counts twice: it is the densest statement of what a paper is about.
                var topics = paper.Topics.SelectMany(t => new[] { collection.TopicBySlug[t].Title, "topic" + t.Replace("-", "") });
                writer.AddDocument(new Document
                {
                    new StringField("slug", paper.Slug, Field.Store.YES),
                    new Field("title", paper.Title + ". " + paper.Title, text),
                    new Field("abstract", paper.Abstract ?? "", text),
                    new Field("topics", string.Join(". ", topics), text),
                });
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var slugs = Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d).Get("slug")).ToArray();
        var related = new ImmutableArray<string>[reader.MaxDoc];
        // One MoreLikeThis per worker: it keeps settings and scratch state; the searcher is thread-safe.
        Parallel.For(0, reader.MaxDoc, () => NewMoreLikeThis(reader, analyzer), (doc, _, mlt) =>
        {
            var hits = searcher.Search(mlt.Like(doc), Count + 5).ScoreDocs;
            related[doc] = [.. hits
                .Where(h => h.Doc != doc)
                .Select(h => (Slug: slugs[h.Doc], h.Score))
                .OrderByDescending(h => h.Score)
                .ThenBy(h => h.Slug, StringComparer.Ordinal)
                .Take(Count)
                .Select(h => h.Slug)];
            return mlt;
        }, _ => { });

        return new RelatedPapers(slugs.Select((slug, doc) => (slug, doc)).ToFrozenDictionary(x => x.slug, x => related[x.doc], StringComparer.Ordinal));
    }

    private static MoreLikeThis NewMoreLikeThis(IndexReader reader, EnglishAnalyzer analyzer) => new(reader)
    {
        Analyzer = analyzer,
        FieldNames = Fields,
        MinTermFreq = 1,
        MinDocFreq = 2,
        MinWordLen = 3,
        MaxQueryTerms = 30,
    };
}
