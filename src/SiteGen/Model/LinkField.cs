using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>Link fields accept only absolute http and https URLs, so no entry can smuggle <c>javascript:</c> in.</summary>
internal static class LinkField
{
    public static string? Read(FrontMatter fields, string key, DiagnosticBag bag)
    {
        var text = fields.Text(key, bag);
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return uri.AbsoluteUri;
        bag.Error(fields.Path, fields.PositionOf(key), "url", $"'{key}' must be an http or https URL, not \"{text}\"");
        return null;
    }
}
