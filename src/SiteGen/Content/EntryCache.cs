using System.Collections.Concurrent;
using System.IO.Hashing;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Remembers each parsed entry with the bytes it came from and the problems it had, so a rebuild
/// parses only files whose text changed. Contents are compared, not timestamps, which some file
/// systems keep to the second. Safe to use from parallel loops.
/// </summary>
public sealed class EntryCache
{
    /// <summary>Entries are a few KB; a much larger one is usually a pasted PDF text or a generated dump.</summary>
    public const int LargeFileBytes = 100 * 1024;

    private sealed record Parsed(byte[] Bytes, Entry? Entry, IReadOnlyList<Diagnostic> Problems);

    private readonly ConcurrentDictionary<string, Parsed> _byFile = new(StringComparer.Ordinal);

    internal Entry? Parse(string path, string file, DiagnosticBag bag)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
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
            parsed = new Parsed(bytes, entry is null ? null : entry with { Stamp = XxHash3.HashToUInt64(bytes) }, own.Sorted());
            _byFile[file] = parsed;
        }
        foreach (var problem in parsed.Problems) bag.Add(problem);
        return parsed.Entry;
    }
}
