namespace SiteGen.Tests;

/// <summary>A small content folder written inline by a test: site.yml and two topics to start with.</summary>
internal sealed class InlineSite : IDisposable
{
    private readonly TempFolder _temp = new();

    public InlineSite()
    {
        Write("site.yml", "title: Inline site\nbase_url: /\n");
        Write("topics/diffusion-models.md", "---\ntitle: Diffusion models\n---\n");
        Write("topics/language-models.md", "---\ntitle: Language models\n---\n");
    }

    public string Content => _temp.Combine("content");

    public InlineSite Write(string relative, string text)
    {
        _temp.Write(Path.Combine("content", relative), text);
        return this;
    }

    public BuiltSite Build(string? baseUrl = null, string? themeDir = null) => new(Content, baseUrl, themeDir);

    public void Dispose() => _temp.Dispose();
}
