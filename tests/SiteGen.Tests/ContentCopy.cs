namespace SiteGen.Tests;

/// <summary>
/// A private copy of a content folder (the seed site's unless told), for tests that add or edit entries. Its
/// root looks like a clone of the repository (<c>content/</c> and <c>theme/</c>), so commands can run there with their defaults.
/// </summary>
internal sealed class ContentCopy : IDisposable
{
    private readonly TempFolder _temp = new();

    public ContentCopy(string? source = null)
    {
        source ??= SeedSite.Content;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Content, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
        Directory.CreateSymbolicLink(_temp.Combine("theme"), Repo.Theme);
    }

    public string Content => _temp.Combine("content");

    public string Root => _temp.Path;

    public string File(string relative) => Path.Combine(Content, relative);

    public void Dispose() => _temp.Dispose();
}
