using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Paths;

namespace SiteGen.Rendering;

/// <summary>
/// Renders contributor Markdown to HTML that is safe to embed: site-absolute links get the base
/// path, then raw HTML is sanitised so no entry can put script into a page.
/// </summary>
public sealed class MarkdownRenderer(SiteUrls urls)
{
    // Built once and shared: a frozen Markdig pipeline is safe to use from many threads.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Build();

    // One sanitiser per thread: its configuration is shared state we do not want to lock.
    private static readonly ThreadLocal<HtmlSanitizer> Sanitizer = new(CreateSanitizer);

    /// <summary>The text of Markdown without its markup; raw HTML is dropped.</summary>
    public static string ToPlainText(string markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();

    public string ToHtml(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
                link.Url = urls.Path(url);
        }
        return Sanitizer.Value!.Sanitize(document.ToHtml(Pipeline));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        return sanitizer;
    }
}
