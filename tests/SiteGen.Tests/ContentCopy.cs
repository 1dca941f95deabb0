namespace SiteGen.Tests;

/// <summary>
/// A private copy of the shipped content folder, for tests that add or edit entries. Its root looks
/// like a clone of the repository (<c>content/</c> and <c>theme/</c>), so commands can run there with their defaults.
/// </summary>
internal sealed class ContentCopy : IDisposable
{
    private readonly TempFolder _temp = new();

    public ContentCopy()
    {
        foreach (var file in Directory.EnumerateFiles(Repo.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Content, Path.GetRelativePath(Repo.Content, file));
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
