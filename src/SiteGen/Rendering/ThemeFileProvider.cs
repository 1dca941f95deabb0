using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace SiteGen.Rendering;

/// <summary>Serves the theme's templates from memory to Liquid's <c>include</c> and <c>render</c> tags.</summary>
internal sealed class ThemeFileProvider(Theme theme) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath) =>
        theme.Templates.TryGetValue(subpath.TrimStart('/'), out var file)
            ? new MemoryFileInfo(subpath, file.Bytes)
            : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class MemoryFileInfo(string name, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;
        public long Length => bytes.Length;
        public string? PhysicalPath => null;
        public string Name => name;
        // Constant, so Fluid's template cache keeps each parsed partial for the whole build.
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
