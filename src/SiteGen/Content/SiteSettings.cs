namespace SiteGen.Content;

/// <summary>What <c>site.yml</c> says about the whole site.</summary>
public sealed record SiteSettings
{
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    /// <summary>Where the site is published, e.g. <c>https://lab.github.io/reading-list/</c>, or just <c>/</c>.</summary>
    public string BaseUrl { get; init; } = "/";
    public string Language { get; init; } = "en";
    /// <summary>Other spellings of an author's name, mapped to the name to show.</summary>
    public IReadOnlyDictionary<string, string> AuthorAliases { get; init; } = new Dictionary<string, string>();
    /// <summary>How many recent additions the home page lists.</summary>
    public int HomeLimit { get; init; } = 15;
    /// <summary>Folder inside the content folder whose files override theme files of the same path.</summary>
    public string ThemeOverrides { get; init; } = "theme";
}
