namespace SiteGen.Tests;

/// <summary>
/// A small content folder written inline by a test: site.yml and two topics to start with. Its root looks
/// like a clone of the repository (<c>content/</c> and <c>theme/</c>), so commands can run there with their defaults.
/// </summary>
internal sealed class InlineSite : IDisposable
{
    private readonly TempFolder _temp = new();

    public InlineSite()
    {
        Write("site.yml", "title: Inline site\nbase_url: /\n");
        Write("topics/diffusion-models.md", "---\ntitle: Diffusion models\n---\n");
        Write("topics/language-models.md", "---\ntitle: Language models\n---\n");
        Directory.CreateSymbolicLink(_temp.Combine("theme"), Repo.Theme);
    }

    /// <summary>
    /// The smallest site worth building, for tests of a command rather than of a collection: one paper,
    /// <c>papers/2025/one.md</c> (slug <c>one</c>), in the topic language-models.
    /// </summary>
    public static InlineSite OnePaper() => new InlineSite()
        .Write("papers/2025/one.md", "---\ntitle: One\nauthors: [Ada Lovelace]\ndate: 2025-01-01\ntopics: [language-models]\n---\n");

    public string Content => _temp.Combine("content");

    /// <summary>The folder holding <c>content/</c> and <c>theme/</c>: a working folder for commands run with their defaults.</summary>
    public string Root => _temp.Path;

    public InlineSite Write(string relative, string text)
    {
        _temp.Write(Path.Combine("content", relative), text);
        return this;
    }

    public BuiltSite Build(string? baseUrl = null, string? themeDir = null) => new(Content, baseUrl, themeDir);

    public void Dispose() => _temp.Dispose();
}
