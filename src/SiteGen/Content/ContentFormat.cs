using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// The version of the content format, <c>format:</c> in <c>site.yml</c> (default: <see cref="Current"/>). A site in
/// an older format still builds, with a warning saying what changed since and how to update; a newer format than
/// this SiteGen knows is an error, since it would be read wrongly. Each change is also listed in CHANGELOG.md.
/// </summary>
public static class ContentFormat
{
    /// <summary>The format this SiteGen reads and <c>sitegen init</c> writes.</summary>
    public static int Current => Changes[^1].Version;

    /// <summary>Every format after the first (1), oldest first.</summary>
    public static readonly IReadOnlyList<FormatChange> Changes =
    [
        new(2,
            "SiteGen is a .NET tool with its default theme built in, so a site repository holds only its content: " +
            "format 1 sites carried a copy of the SiteGen repository (generator source, tests, theme/) and compiled it in their workflows",
            "keep content/; delete SiteGen's source, tests and theme/ (move theme files you changed to the same path under content/theme/); " +
            "take .config/dotnet-tools.json, .github/workflows/ and netlify.toml from a folder made by 'sitegen init'; then set 'format: 2'"),
    ];

    /// <summary>Reads <c>format:</c> of <c>site.yml</c>, reporting an older format (warning) or an unknown one (error).</summary>
    /// <returns>The format the site names, or <see cref="Current"/> when it names none or one that does not exist.</returns>
    internal static int Read(FrontMatter site, DiagnosticBag bag)
    {
        var format = site.Integer("format", bag);
        if (format is null) return Current;
        var at = site.PositionOf("format");
        if (format > Current)
        {
            bag.Error(site.Path, at, DiagnosticCode.Format,
                $"site.yml is in content format {format}, but this SiteGen reads formats up to {Current}: update SiteGen " +
                "('dotnet tool update SiteGen' in the site's folder, which also updates .config/dotnet-tools.json)");
            return Current;
        }
        if (format < 1)
        {
            bag.Error(site.Path, at, DiagnosticCode.Format, $"there is no content format {format}: formats are numbered from 1, and this SiteGen reads format {Current}");
            return Current;
        }
        foreach (var change in Changes.Where(c => c.Version > format))
        {
            bag.Warning(site.Path, at, DiagnosticCode.Format,
                $"site.yml is in content format {format}; format {change.Version} changed this: {change.WhatChanged}. To update: {change.HowToUpdate}");
        }
        return format.Value;
    }
}
