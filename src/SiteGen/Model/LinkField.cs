using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Link fields accept only absolute http and https URLs, so no entry can smuggle <c>javascript:</c> in;
/// plain http is a warning.
/// </summary>
internal static class LinkField
{
    public static string? Read(FrontMatter fields, string key, DiagnosticBag bag) =>
        fields.Text(key, bag) is { } text ? Check(text, key, fields.Path, fields.PositionOf(key), bag) : null;

    /// <summary>The URL <paramref name="text"/> (written at <paramref name="path"/>:<paramref name="at"/>) normalised, or null after an error.</summary>
    public static string? Check(string text, string key, string path, SourcePosition at, DiagnosticBag bag)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            // Plain http still works, but browsers flag it and most hosts serve https today.
            if (uri.Scheme == "http")
                bag.Warning(path, at, DiagnosticCode.Http, $"'{key}' uses http; use the https address ({"https" + text[4..]}) if the site has one");
            return uri.AbsoluteUri;
        }
        bag.Error(path, at, DiagnosticCode.Url, $"'{key}' must be an http or https URL, not \"{text}\"");
        return null;
    }
}
