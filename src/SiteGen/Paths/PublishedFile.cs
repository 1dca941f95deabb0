using System.Buffers;
using System.Text;
using Microsoft.IO;

namespace SiteGen.Paths;

/// <summary>
/// One file of the built site, in memory: its site path (<c>/papers/x/</c>, <c>/papers.bib</c>) and its bytes.
/// Search, Rendering and Publishing make these; Output writes them at <see cref="OutputPath"/>.
/// </summary>
public sealed record PublishedFile(string SitePath, byte[] Bytes)
{
    // Pooled blocks instead of a doubling array: a 200 MB papers.json at 100,000 papers is held once, not three times.
    // The free blocks kept for the next file are bounded, so the pool never holds a whole large file after it is written.
    private static readonly RecyclableMemoryStreamManager Blocks = new(new RecyclableMemoryStreamManager.Options { MaximumSmallPoolFreeBytes = 32 << 20 });
    private static readonly UTF8Encoding Utf8Encoding = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Where the file goes, relative to the output folder (<c>papers/x/index.html</c>).</summary>
    public string OutputPath => SitePaths.FileFor(SitePath);

    /// <summary>
    /// A large file made by writing to a stream (the collection's BibTeX, RIS and CSL-JSON): the bytes are gathered in
    /// pooled blocks and copied once into <see cref="Bytes"/>, with no UTF-16 string of the whole file on the way.
    /// </summary>
    public static PublishedFile Streamed(string sitePath, Action<Stream> write) => new(sitePath, Collect(write));

    /// <summary><see cref="Streamed"/> for text: UTF-8 without a byte order mark.</summary>
    public static PublishedFile Text(string sitePath, Action<TextWriter> write) => new(sitePath, Utf8(write));

    /// <summary>The UTF-8 bytes (no byte order mark) of what <paramref name="write"/> writes, gathered as <see cref="Streamed"/> does.</summary>
    public static byte[] Utf8(Action<TextWriter> write) =>
        Collect(stream =>
        {
            using var writer = new StreamWriter(stream, Utf8Encoding, bufferSize: 1 << 14, leaveOpen: true);
            write(writer);
        });

    private static byte[] Collect(Action<Stream> write)
    {
        using var stream = Blocks.GetStream();
        write(stream);
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        stream.GetReadOnlySequence().CopyTo(bytes);
        return bytes;
    }
}
