namespace SiteGen.Paths;

/// <summary>
/// One file of the built site, in memory: its site path (<c>/papers/x/</c>, <c>/papers.bib</c>) and its bytes.
/// Search, Rendering and Publishing make these; Output writes them at <see cref="OutputPath"/>.
/// </summary>
public sealed record PublishedFile(string SitePath, byte[] Bytes)
{
    /// <summary>Where the file goes, relative to the output folder (<c>papers/x/index.html</c>).</summary>
    public string OutputPath => SitePaths.FileFor(SitePath);
}
