using System.Collections.Concurrent;
using System.IO.Hashing;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Remembers each parsed entry with the bytes it came from and the problems it had, so a rebuild
/// parses only files whose text changed. A file whose size and modification time are as they were, and
/// that nobody reported <see cref="Changed"/>, is not even read: reading 10,000 entries was a fifth of a
/// rebuild. (Some file systems keep times to the second, so a same-size edit within that second is caught
/// by the report, which <c>serve</c>'s file watcher makes, not by the time.) A file that is read is
/// compared by its contents. Safe to use from parallel loops.
/// </summary>
public sealed class EntryCache
{
    /// <summary>Entries are a few KB; a much larger one is usually a pasted PDF text or a generated dump.</summary>
    public const int LargeFileBytes = 100 * 1024;

    private sealed record Parsed(byte[] Bytes, DateTime Modified, Entry? Entry, IReadOnlyList<Diagnostic> Problems);

    private readonly ConcurrentDictionary<string, Parsed> _byFile = new(StringComparer.Ordinal);
    // Full paths reported changed; taken into _reported when a read of the content starts, so a report that
    // comes in during a read counts for the next one.
    private readonly ConcurrentDictionary<string, byte> _changed = new(StringComparer.Ordinal);
    private HashSet<string> _reported = new(StringComparer.Ordinal);
    private int _read;

    /// <summary>Entry files the last read of the content read from disk (all of them the first time).</summary>
    public int FilesRead => _read;

    /// <summary>Says that a file (or a folder's files) may have changed, whatever its size and time say; from a file watcher's thread.</summary>
    public void Changed(string path) => _changed[Path.GetFullPath(path)] = 0;

    internal void Begin()
    {
        _read = 0;
        _reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in _changed.Keys)
        {
            if (_changed.TryRemove(path, out _)) _reported.Add(path);
        }
    }

    internal Entry? Parse(string path, string file, DiagnosticBag bag)
    {
        byte[] bytes;
        DateTime modified;
        try
        {
            var info = new FileInfo(file);
            modified = info.LastWriteTimeUtc;
            if (_byFile.TryGetValue(file, out var known) && known.Bytes.Length == info.Length && known.Modified == modified
                && known.Entry?.Path == path && !WasChanged(file))
            {
                foreach (var problem in known.Problems) bag.Add(problem);
                return known.Entry;
            }
            bytes = File.ReadAllBytes(file);
            Interlocked.Increment(ref _read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable (permissions, a file removed while reading): named, never skipped in silence.
            bag.Error(path, SourcePosition.Start, DiagnosticCode.Content, $"cannot read this file: {ex.Message}");
            return null;
        }
        if (!_byFile.TryGetValue(file, out var parsed) || !parsed.Bytes.AsSpan().SequenceEqual(bytes) || parsed.Entry?.Path != path)
        {
            var own = new DiagnosticBag();
            if (bytes.Length > LargeFileBytes)
            {
                own.Warning(path, SourcePosition.Start, DiagnosticCode.Size,
                    $"file is {bytes.Length / 1024} KB, over the {LargeFileBytes / 1024} KB expected of an entry; keep long material elsewhere and link to it");
            }
            var text = SourceText.Decode(path, bytes, own);
            var entry = EntryParser.Parse(path, Path.GetFileNameWithoutExtension(file), text, own);
            parsed = new Parsed(bytes, modified, entry is null ? null : entry with { Stamp = XxHash3.HashToUInt64(bytes) }, own.Sorted());
            _byFile[file] = parsed;
        }
        else
        {
            _byFile[file] = parsed with { Modified = modified };
        }
        foreach (var problem in parsed.Problems) bag.Add(problem);
        return parsed.Entry;
    }

    // A report on the file or on a folder above it (a folder renamed or replaced).
    private bool WasChanged(string file)
    {
        if (_reported.Count == 0) return false;
        for (var at = Path.GetFullPath(file); !string.IsNullOrEmpty(at); at = Path.GetDirectoryName(at))
        {
            if (_reported.Contains(at)) return true;
        }
        return false;
    }
}
