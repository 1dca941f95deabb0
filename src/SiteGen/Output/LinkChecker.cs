using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Paths;

namespace SiteGen.Output;

/// <summary>
/// Checks a built site the way a visitor would click it: every link, stylesheet, script, image and refresh
/// that points into the site must reach a file of the output, and every <c>#fragment</c> on a page
/// must name an element of it. Links to other hosts are not followed.
/// </summary>
public static class LinkChecker
{
    private static readonly HtmlParserOptions KeepPositions = new() { IsKeepingSourceReferences = true };

    public static IReadOnlyList<Diagnostic> Check(string outputDir, string baseUrl)
    {
        var bag = new DiagnosticBag();
        var urls = new SiteUrls(baseUrl);
        var absoluteBase = Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && b.Scheme is "http" or "https" ? b : null;
        var display = outputDir.TrimEnd('/', '\\').Replace('\\', '/');
        var pages = Directory.EnumerateFiles(outputDir, "*.html", SearchOption.AllDirectories).ToList();

        Parallel.ForEach(pages, file =>
        {
            var relative = Path.GetRelativePath(outputDir, file).Replace('\\', '/');
            var page = new HtmlParser(KeepPositions).ParseDocument(File.ReadAllText(file));
            // The address this page is served at, to resolve relative links against.
            var here = new Uri(new Uri("http://site.invalid"), urls.Path(SitePaths.SitePathFor(relative)));
            foreach (var element in page.QuerySelectorAll("a[href], link[href], script[src], img[src], source[src], meta[http-equiv=refresh]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src") ?? RefreshTarget(element.GetAttribute("content"));
                if (target is null) continue;
                if (Problem(outputDir, page, here, urls, absoluteBase, target) is not { } problem) continue;
                var at = element.SourceReference?.Position;
                bag.Error($"{display}/{relative}", new SourcePosition(at?.Line ?? 1, at?.Column ?? 1), DiagnosticCode.Link, problem);
            }
        });
        return bag.Sorted();
    }

    /// <summary>Where a <c>&lt;meta http-equiv="refresh" content="0; url=..."&gt;</c> sends the reader; null when it only reloads.</summary>
    private static string? RefreshTarget(string? content)
    {
        var at = content?.IndexOf("url=", StringComparison.OrdinalIgnoreCase) ?? -1;
        return at < 0 ? null : content![(at + 4)..].Trim().Trim('\'', '"');
    }

    private static string? Problem(string outputDir, AngleSharp.Dom.IDocument page, Uri here, SiteUrls urls, Uri? absoluteBase, string target)
    {
        if (target.StartsWith('#'))
            return target.Length == 1 || page.GetElementById(Uri.UnescapeDataString(target[1..])) is not null ? null : $"no element has the id {target} on this page";

        // Absolute links into the site itself (canonical URLs, feeds) are checked like paths.
        if (absoluteBase is not null && target.StartsWith(absoluteBase.GetLeftPart(UriPartial.Authority) + "/", StringComparison.Ordinal))
            target = target[absoluteBase.GetLeftPart(UriPartial.Authority).Length..];
        if (!Uri.TryCreate(here, target, out var resolved)) return $"'{target}' is not a valid link";
        if (resolved.Host != here.Host) return null;

        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        if (urls.SitePathOf(path) is not { } sitePath) return $"link to {target} leaves the site's base path {urls.BasePath}";
        var file = SitePaths.FileFor(sitePath);
        return File.Exists(Path.Combine(outputDir, file)) ? null : $"link to {target} points to no file of the site";
    }
}
