using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Link fields accept only absolute http and https URLs, so no entry can smuggle <c>javascript:</c> in;
/// plain http is a warning.
/// </summary>
internal static class LinkField
{
    public static string? Read(FrontMatter fields, string key, DiagnosticBag bag)
    {
        var text = fields.Text(key, bag);
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            // Plain http still works, but browsers flag it and most hosts serve https today.
            if (uri.Scheme == "http")
                bag.Warning(fields.Path, fields.PositionOf(key), DiagnosticCode.Http, $"'{key}' uses http; use the https address ({"https" + text[4..]}) if the site has one");
            return uri.AbsoluteUri;
        }
        bag.Error(fields.Path, fields.PositionOf(key), DiagnosticCode.Url, $"'{key}' must be an http or https URL, not \"{text}\"");
        return null;
    }
}
