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
    private const int AbstractWords = 120;
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    // One field for everything: MoreLikeThis looks up each word's frequency once per field it reads.
    private const string Text = "text";

    private readonly FrozenDictionary<string, ImmutableArray<string>> _bySlug;

    private readonly string _fingerprint;

    private RelatedPapers(FrozenDictionary<string, ImmutableArray<string>> bySlug, string fingerprint) =>
        (_bySlug, _fingerprint) = (bySlug, fingerprint);

    /// <summary>Slugs of the papers related to this one, most similar first.</summary>
    public ImmutableArray<string> Of(string slug) => _bySlug.GetValueOrDefault(slug, []);

    /// <param name="previous">The last build's result, reused when no title, abstract or topic changed (an edit to notes, say).</param>
    public static RelatedPapers Find(Collection collection, RelatedPapers? previous = null)
    {
        var fingerprint = Fingerprint(collection);
        if (previous?._fingerprint == fingerprint) return previous;
        if (collection.Papers.Length < 2) return new RelatedPapers(FrozenDictionary<string, ImmutableArray<string>>.Empty, fingerprint);

        using var analyzer = new EnglishAnalyzer(Version);
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 256 };
        using (var writer = new IndexWriter(directory, config))
        {
            // Term vectors let MoreLikeThis read a paper's terms back without analysing it again.
            var text = new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true };
            text.Freeze();
            foreach (var paper in collection.Papers)
            {
                // The title counts twice: it is the densest statement of what a paper is about. Topics add
                // their titles' words and a token of their own, which only papers of that topic share.
                var topics = paper.Topics.SelectMany(t => new[] { collection.TopicBySlug[t].Title, "topic" + t.Replace("-", "") });
                writer.AddDocument(new Document
                {
                    new StringField("slug", paper.Slug, Field.Store.YES),
                    new Field(Text, string.Join(". ", [paper.Title, paper.Title, Opening(paper.Abstract), .. topics]), text),
                });
            }
            // One segment: MoreLikeThis looks up every term's document frequency, once per segment.
            writer.ForceMerge(1);
        }

        using var directoryReader = DirectoryReader.Open(directory);
        // The single segment itself: lookups skip the per-segment bookkeeping of a composite reader.
        var reader = directoryReader.Leaves[0].AtomicReader;
        var searcher = new IndexSearcher(reader);
        var slugs = Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d).Get("slug")).ToArray();
        var related = new ImmutableArray<string>[reader.MaxDoc];
        var table = new FrequencyTableReader(reader, Text);
        // One MoreLikeThis per worker: it keeps settings and scratch state; the searcher is thread-safe. A worker per core:
        // reads of a RAMDirectory take a lock, so the thread pool, seeing workers wait, added more (25 on 2 cores at 100,000
        // papers, with a tenth of the profile in that lock).
        var oneWorkerPerCore = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, reader.MaxDoc, oneWorkerPerCore, () => NewMoreLikeThis(table, analyzer), (doc, _, mlt) =>
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

        return new RelatedPapers(slugs.Select((slug, doc) => (slug, doc)).ToFrozenDictionary(x => x.slug, x => related[x.doc], StringComparer.Ordinal), fingerprint);
    }

    /// <summary>
    /// The first <see cref="AbstractWords"/> words of an abstract: where it says what the paper does.
    /// The rest adds detail but costs a term lookup per distinct word.
    /// </summary>
    private static string Opening(string? text)
    {
        if (text is null) return "";
        var words = text.Split(' ', AbstractWords + 1, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= AbstractWords ? text : string.Join(' ', words.Take(AbstractWords));
    }

    /// <summary>A hash of everything the similarity reads, in a fixed order.</summary>
    private static string Fingerprint(Collection collection)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var paper in collection.Papers.OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            foreach (var part in new[] { paper.Slug, paper.Title, paper.Abstract ?? "", string.Join(",", paper.Topics.Select(t => collection.TopicBySlug[t].Title)) })
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(part + "\u0001"));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static MoreLikeThis NewMoreLikeThis(IndexReader reader, EnglishAnalyzer analyzer) => new(reader)
    {
        Analyzer = analyzer,
        FieldNames = [Text],
        MinTermFreq = 1,
        MinDocFreq = 2,
        MinWordLen = 3,
        // Words in more than a tenth of a large collection say little about any one paper and make every
        // query slow; small collections keep them all.
        MaxDocFreq = Math.Max(reader.NumDocs / 10, 50),
        MaxQueryTerms = 20,
    };
}
