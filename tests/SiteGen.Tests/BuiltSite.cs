using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests;

/// <summary>A site built into a temp folder, with helpers to open its pages as parsed HTML.</summary>
internal sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempFolder? _temp;

    /// <summary>Builds into a temp folder, deleted when the site is disposed.</summary>
    /// <param name="today">The build's day (upcoming reading-group meetings start there); default: the real today.</param>
    public BuiltSite(string contentDir, string? baseUrl = null, string? themeDir = null, DateOnly? today = null)
        : this(contentDir, baseUrl, themeDir, new TempFolder(), today: today)
    {
    }

    private BuiltSite(string contentDir, string? baseUrl, string? themeDir, TempFolder? temp, string? output = null, DateOnly? today = null)
    {
        _temp = temp;
        Output = output ?? temp!.Combine("output");
        Report = SiteBuilder.Build(new BuildOptions(contentDir, themeDir ?? Repo.Theme, Output, baseUrl) { Today = today });
    }

    /// <summary>Builds into <paramref name="output"/>, which the caller deletes: disposing the site leaves it.</summary>
    public static BuiltSite Into(string output, string contentDir, string? baseUrl = null) => new(contentDir, baseUrl, null, null, output);

    public string Output { get; }
    public BuildReport Report { get; }

    public bool Exists(string relative) => File.Exists(Path.Combine(Output, relative));

    public string Text(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public IDocument Page(string relative) => Parser.ParseDocument(File.ReadAllText(Path.Combine(Output, relative)));

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public void Dispose() => _temp?.Dispose();
}
