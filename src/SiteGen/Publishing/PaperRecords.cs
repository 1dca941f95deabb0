using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using SiteGen.Model;

namespace SiteGen.Publishing;

/// <summary>
/// Each paper's records (BibTeX, RIS, CSL-JSON) and the files made of them, from the previous build in this process
/// (<c>serve</c>): a record is written again only when what it is made of changed, and a file (<c>papers.bib</c>, a
/// topic's) is assembled again only when one of its records did or its papers are others. So an edit to a paper's
/// notes, which no record shows, leaves every data file as it was. Records of papers gone and files no longer made
/// are forgotten. Safe to use from parallel loops.
/// </summary>
public sealed class PaperRecords
{
    // A file kept whole keeps its records too, though nobody asked for them: records are forgotten with their paper.
    private readonly ConcurrentDictionary<(string Slug, string Format), (ulong Stamp, object Record)> _records = new();
    private readonly ConcurrentDictionary<string, (ulong Stamp, byte[] Bytes)> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _filesUsed = new(StringComparer.Ordinal);
    private FrozenDictionary<string, ulong> _stamps = FrozenDictionary<string, ulong>.Empty;
    private int _written;

    /// <summary>Records the last build wrote rather than took from the previous one (each format of a paper counts once).</summary>
    public int Written => _written;

    /// <summary>Starts a build: stamps each paper of <paramref name="c"/> with what its records are made of (<see cref="Stamp"/>).</summary>
    /// <param name="keyOf">A paper's citation key, which depends on other papers.</param>
    internal void Begin(Collection c, Func<Paper, string> keyOf)
    {
        _filesUsed.Clear();
        _written = 0;
        _stamps = c.Papers.AsParallel().ToFrozenDictionary(p => p.Slug, p => Stamp(c, p, keyOf(p)), StringComparer.Ordinal);
    }

    /// <summary>
    /// Everything the three writers read of a paper, and nothing else (notes, upvotes, reading: none is in a record): a
    /// field a writer starts to read must be added here, or an edit to it would keep a stale record.
    /// </summary>
    private static ulong Stamp(Collection c, Paper p, string key)
    {
        var hash = new XxHash3();
        void Add(string? text)
        {
            hash.Append(MemoryMarshal.AsBytes((text ?? "\0null").AsSpan()));
            hash.Append([0xFF, 0xFF]);  // no char is U+FFFF: ("ab", "c") and ("a", "bc") differ
        }
        foreach (var text in (string?[])[p.Slug, key, p.Title, p.Date.ToString("O"), p.Venue, p.Arxiv, p.Doi, p.Url, p.Pdf, p.Abstract, p.Bibtex]) Add(text);
        // Names come from the whole collection (profiles, aliases, the spelling most papers use).
        foreach (var slug in p.Authors) Add(c.AuthorBySlug[slug].Name);
        Add(null);
        foreach (var topic in p.Topics) Add(topic);
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>The paper's record in <paramref name="format"/>: the kept one when the paper's stamp is unchanged, else <paramref name="write"/>'s.</summary>
    internal T Get<T>(Paper paper, string format, Func<T> write) where T : class
    {
        var stamp = _stamps[paper.Slug];
        if (_records.TryGetValue((paper.Slug, format), out var kept) && kept.Stamp == stamp) return (T)kept.Record;
        kept = (stamp, write());
        Interlocked.Increment(ref _written);
        _records[(paper.Slug, format)] = kept;
        return (T)kept.Record;
    }

    /// <summary>A file of <paramref name="papers"/>' records in <paramref name="format"/>, in that order: the kept bytes when the same records make it, else <paramref name="assemble"/>'s.</summary>
    internal byte[] File(string sitePath, IEnumerable<Paper> papers, string format, Func<byte[]> assemble)
    {
        var hash = new XxHash3();
        hash.Append(MemoryMarshal.AsBytes(format.AsSpan()));
        foreach (var paper in papers)
        {
            var stamp = _stamps[paper.Slug];
            hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<ulong>(ref stamp)));
        }
        var files = hash.GetCurrentHashAsUInt64();
        _filesUsed[sitePath] = 0;
        if (_files.TryGetValue(sitePath, out var kept) && kept.Stamp == files) return kept.Bytes;
        _files[sitePath] = kept = (files, assemble());
        return kept.Bytes;
    }

    /// <summary>Ends a build: forgets the records of papers it did not have and the files it did not make.</summary>
    internal void Commit()
    {
        foreach (var key in _records.Keys.Where(k => !_stamps.ContainsKey(k.Slug))) _records.TryRemove(key, out _);
        foreach (var path in _files.Keys.Where(p => !_filesUsed.ContainsKey(p))) _files.TryRemove(path, out _);
    }
}
