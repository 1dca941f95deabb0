using AngleSharp.Dom;

namespace SiteGen.Tests;

/// <summary>Finds links and asset references in built pages that do not resolve to a file of the output.</summary>
internal static class LinkChecker
{
    public static List<string> Broken(BuiltSite site, string basePath)
    {
        var broken = new List<string>();
        foreach (var file in site.HtmlFiles())
        {
            var page = site.Page(file);
            foreach (var element in page.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (!Resolves(site, page, target, basePath)) broken.Add($"{file}: {target}");
            }
        }
        return broken;
    }

    private static bool Resolves(BuiltSite site, IDocument page, string target, string basePath)
    {
        if (target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal)
            || target.StartsWith("mailto:", StringComparison.Ordinal))
            return true;
        if (target.StartsWith('#')) return page.GetElementById(target[1..]) is not null;
        if (!target.StartsWith(basePath, StringComparison.Ordinal)) return false;

        var path = target[basePath.Length..].Split('#', '?')[0];
        return site.Exists(path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
    }
}
