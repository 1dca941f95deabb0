using System.Collections.Immutable;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Text;

/// <summary>
/// The one Markdown pipeline and the one HTML sanitiser of SiteGen. Contributor Markdown becomes HTML
/// that is safe to embed (no script, no event handlers, only http, https and mailto links), the plain
/// text a reader sees, and the list of site-absolute links, all from one parse.
/// </summary>
public static partial class MarkdownReader
{
    // Deeper HTML than this is no note a person wrote, and the HTML tree builder's cost grows with the
    // square of the depth (each start tag looks through the open elements), so it is refused before parsing.
    private const int MaximumHtmlDepth = 256;

    // Every cost of the parsers grows at least with the length, and no longer body fits in a page of the
    // 300 KB budget. An entry over 100 KB is already a warning where files are read; it still builds.
    private const int MaximumLength = 250_000;

    // Markdig spends some microseconds on each block, so 80,000 one-word paragraphs take over a second;
    // the longest shipped notes have 40 lines.
    private const int MaximumLines = 10_000;

    // DESIGN.md's budget is 300 KB for a whole page; the sanitiser's cost grows with the elements it checks.
    private const int MaximumHtmlLength = 200_000;

    // Markdig's inline parser matches emphasis and link markers within one paragraph in time that grows with
    // the square of their number (20,000 "[a" take seconds); real paragraphs have a few dozen.
    private const int MaximumMarkersPerParagraph = 1_000;

    // Built once and shared: a frozen Markdig pipeline is safe to use from many threads. Markdig's own
    // nesting limit (128) turns deep quotes, lists and brackets into an exception we report.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UsePreciseSourceLocation()
        .Build();

    // Plain text with its web addresses made links, nothing else: paragraphs (at blank lines) and Markdig's autolinks.
    // Every other block and inline syntax is off, so *, _, #, <, & and \ in an abstract stay as written.
    private static readonly MarkdownPipeline LinkedTextPipeline = LinkedTextBuilder().Build();

    private static MarkdownPipelineBuilder LinkedTextBuilder()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.RemoveAll(p => p is not Markdig.Parsers.ParagraphBlockParser);
        builder.InlineParsers.RemoveAll(p => p is not Markdig.Parsers.Inlines.LineBreakInlineParser);
        return builder.UseAutoLinks();
    }

    // One sanitiser, set up once, and one body at a time through Markdig and AngleSharp. Under load, with a sanitiser per
    // thread and parallel parses, two builds of the same notes in one process came out with different HTML and search
    // text (the clean-clone CI run, twice); the shared state at fault was not pinned down, so none is shared at once.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();
    private static readonly Lock OneAtATime = new();

    /// <summary>
    /// Parses and sanitises <paramref name="markdown"/>. Never throws for any text: a body the parsers
    /// cannot take is returned empty with its <see cref="MarkdownText.Problem"/> set.
    /// </summary>
    public static MarkdownText Read(string markdown)
    {
        lock (OneAtATime) return ReadAlone(markdown);
    }

    private static MarkdownText ReadAlone(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return MarkdownText.Empty;
        if (markdown.Length > MaximumLength)
            return Failed(1, 1, $"the text is {markdown.Length:N0} characters long; at most {MaximumLength:N0} are read");
        if (markdown.AsSpan().Count('\n') >= MaximumLines)
            return Failed(1, 1, $"the text has more than {MaximumLines:N0} lines; keep long material elsewhere and link to it");
        if (CrowdedParagraph(markdown) is { } crowded)
            return Failed(crowded.Line, crowded.Column,
                $"this paragraph has more than {MaximumMarkersPerParagraph:N0} of the markers *, _, [, ] and `; split it, or escape them as \\*");
        MarkdownDocument document;
        string rendered;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
            rendered = Render(document, Pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            // Markdig's own wording speaks of "a very large table", which misleads more often than it helps.
            return Failed(1, 1, "quotes, lists or brackets nest too deeply (Markdig's limit is 128 levels); flatten them");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failed(1, 1, $"the Markdown cannot be read: {Sentence(ex.Message)}");
        }

        if (IsTooDeep(rendered))
            return Failed(1, 1, $"HTML elements are nested more than {MaximumHtmlDepth} deep; close the tags or simplify the notes");
        if (rendered.Length > MaximumHtmlLength)
            return Failed(1, 1, $"the text makes {rendered.Length / 1000:N0} KB of HTML; a page must stay under 300 KB, so at most {MaximumHtmlLength / 1000:N0} KB are kept");

        try
        {
            var body = Sanitizer.SanitizeDom(rendered).Body!;
            var links = MarkLinks(body);
            var html = body.ChildNodes.ToHtml(HtmlSanitizer.DefaultOutputFormatter);
            return new MarkdownText(html, PlainText(body), Located(links, document), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failed(1, 1, $"the HTML in this text cannot be read: {Sentence(ex.Message)}");
        }
    }

    /// <summary>
    /// Plain text (an abstract) as sanitised HTML paragraphs, its <c>http</c>, <c>https</c> and <c>www.</c> addresses made
    /// links and every other character shown as written. Never throws: text the parser cannot take is returned escaped.
    /// </summary>
    public static string LinkedText(string text)
    {
        try
        {
            // Without a link, the pipeline's output is paragraphs and line breaks of escaped text: nothing for the
            // sanitiser to judge. Most abstracts have none, and the sanitiser was most of what held this lock in a
            // 10,000-paper build (issue 12's profile). The text is written as the sanitiser would write it back.
            // Markdig stays under the lock with the rest: outside it, two builds of the seed site in one process differed
            // again (see Render for the likeliest cause).
            lock (OneAtATime)
            {
                var document = Markdown.Parse(text, LinkedTextPipeline);
                var html = Render(document, LinkedTextPipeline);
                return document.Descendants().All(node => node is ParagraphBlock or ContainerInline and not LinkInline or LiteralInline or LineBreakInline)
                    ? AsSanitiserWrites(html).Trim()
                    : Sanitizer.Sanitize(html).Trim();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return "<p>" + WebUtility.HtmlEncode(text) + "</p>";
        }
    }

    // A new renderer for every body rather than one from the pipeline's cache: Markdig's list, table-cell and footer
    // renderers set ImplicitParagraph and restore it without try/finally, and the cache does not reset it, so a render
    // that threw part-way would leave a cached renderer writing paragraphs without <p>. That is what two builds of one
    // site in one process showed now and then (a page's <p> gone, search text run together); not reproduced on demand.
    private static string Render(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    // Markdig escapes quotes and closes void elements; AngleSharp's serialiser leaves quotes in text as they are,
    // writes <br> and escapes the no-break space. Only for HTML of text, paragraphs and line breaks (no attributes).
    private static string AsSanitiserWrites(string html) =>
        html.Replace("&quot;", "\"", StringComparison.Ordinal).Replace("<br />", "<br>", StringComparison.Ordinal)
            .Replace("\u00A0", "&nbsp;", StringComparison.Ordinal);

    private static MarkdownText Failed(int line, int column, string message) =>
        new("", "", [], new MarkdownProblem(line, column, message));

    private static string Sentence(string message) => message.TrimEnd('.');

    /// <summary>
    /// Gives every site-absolute <c>href</c> and <c>src</c> the base-path marker and returns them in document
    /// order. Protocol-relative links (<c>//host/</c>) lead off the site and are left alone.
    /// </summary>
    private static List<string> MarkLinks(IElement body)
    {
        var links = new List<string>();
        foreach (var element in body.QuerySelectorAll("[href], [src]"))
        {
            foreach (var name in (ReadOnlySpan<string>)["href", "src"])
            {
                if (element.GetAttribute(name) is not { } url || !IsSitePath(url)) continue;
                links.Add(url);
                element.SetAttribute(name, MarkdownText.BaseMarker + url);
            }
        }
        return links;
    }

    private static bool IsSitePath(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>
    /// The text of the sanitised page: text nodes in order, a line break after each block, nothing from
    /// comments or attributes. Walked without recursion so depth costs no stack.
    /// </summary>
    private static string PlainText(IElement body)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(INode Node, bool Closing)>();
        PushChildren(body);
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (closing)
            {
                sb.Append('\n');
                continue;
            }
            switch (node)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement element:
                    if (element.LocalName == "br") sb.Append('\n');
                    else if (element.LocalName == "img" && element.GetAttribute("alt") is { Length: > 0 } alt) sb.Append(alt);
                    if (IsBlock(element.LocalName)) stack.Push((node, true));
                    PushChildren(element);
                    break;
            }
        }
        return sb.ToString().Trim();

        // By index: AngleSharp finds a node's previous sibling by searching its parent, quadratic over a long paragraph.
        void PushChildren(INode parent)
        {
            var children = parent.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], false));
        }
    }

    private static bool IsBlock(string name) => name is
        "p" or "div" or "blockquote" or "pre" or "ul" or "ol" or "li" or "dl" or "dt" or "dd" or "table" or "thead"
        or "tbody" or "tfoot" or "tr" or "td" or "th" or "caption" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
        or "hr" or "figure" or "figcaption" or "details" or "summary" or "section" or "article" or "aside"
        or "header" or "footer" or "nav" or "address";

    /// <summary>
    /// Where each link was written: Markdown links and images from the syntax tree, raw HTML
    /// <c>href</c>/<c>src</c> from the HTML blocks and tags, matched to the page's links in order.
    /// A link whose source cannot be found (made by an extension, say) is placed at the body's start.
    /// </summary>
    private static ImmutableArray<SiteLink> Located(List<string> links, MarkdownDocument document)
    {
        if (links.Count == 0) return [];
        var written = new List<SiteLink>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { Url: { } url } link when IsSitePath(url):
                    written.Add(new SiteLink(url, link.Line + 1, link.Column + 1));
                    break;
                case HtmlInline html:
                    AddRaw(html.Tag, html.Line, html.Column);
                    break;
                case HtmlBlock block:
                    foreach (var line in block.Lines.Lines.AsSpan(0, block.Lines.Count))
                        AddRaw(line.Slice.ToString(), line.Line, line.Column);
                    break;
            }
        }
        written.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));

        var used = new bool[written.Count];
        var located = ImmutableArray.CreateBuilder<SiteLink>(links.Count);
        foreach (var url in links)
        {
            var at = -1;
            for (var i = 0; i < written.Count && at < 0; i++)
                if (!used[i] && written[i].Url == url) at = i;
            if (at >= 0) used[at] = true;
            located.Add(at >= 0 ? written[at] : new SiteLink(url, 1, 1));
        }
        return located.MoveToImmutable();

        void AddRaw(string text, int line, int column)
        {
            foreach (Match m in RawLink().Matches(text))
            {
                var value = m.Groups["value"];
                written.Add(new SiteLink(WebUtility.HtmlDecode(value.Value), line + 1, column + value.Index + 1));
            }
        }
    }

    // href="/x", href='/x' and href=/x, as HTML allows; the value group is the URL as written.
    [GeneratedRegex("""\b(?:href|src)\s*=\s*(?:"(?<value>/[^"]*)"|'(?<value>/[^']*)'|(?<value>/[^\s>"'=<`]*))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RawLink();

    /// <summary>
    /// Whether the rendered HTML nests deeper than <see cref="MaximumHtmlDepth"/>, counting start and end
    /// tags; elements that close themselves implicitly or have no content are not counted.
    /// </summary>
    private static bool IsTooDeep(string html)
    {
        var depth = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            // "<div/>" opens a div in HTML, so a closing slash is not trusted.
            if (IsVoidOrImplied(name)) continue;
            depth += tag.Groups["end"].Success ? -1 : 1;
            if (depth < 0) depth = 0;
            if (depth > MaximumHtmlDepth) return true;
        }
        return false;
    }

    /// <summary>
    /// The first place where one paragraph (lines between blank lines) holds more than
    /// <see cref="MaximumMarkersPerParagraph"/> emphasis, link or code markers; fenced code is not counted,
    /// since Markdig does not look for markers there. A linear scan, so it costs nothing on real notes.
    /// </summary>
    private static (int Line, int Column)? CrowdedParagraph(string markdown)
    {
        var markers = 0;
        string? fence = null;
        var lineNumber = 0;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var trimmed = line.TrimStart(' ');
            if (line.Length - trimmed.Length <= 3 && (trimmed.StartsWith("```") || trimmed.StartsWith("~~~")))
            {
                var marker = trimmed[..3].ToString();
                fence = fence is null ? marker : fence == marker ? null : fence;
                markers = 0;
                continue;
            }
            if (fence is not null) continue;
            if (trimmed.IsWhiteSpace())
            {
                markers = 0;
                continue;
            }
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] is not ('*' or '_' or '[' or ']' or '`')) continue;
                if (++markers > MaximumMarkersPerParagraph) return (lineNumber, i + 1);
            }
        }
        return null;
    }

    // [^<>] rather than [^>]: a run of "<a" without any ">" must cost one pass, not one pass per "<".
    [GeneratedRegex("<(?<end>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    private static bool IsVoidOrImplied(string name) => name is
        "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "source"
        or "track" or "wbr" or "p" or "li" or "dt" or "dd" or "option" or "optgroup" or "tr" or "td" or "th"
        or "thead" or "tbody" or "tfoot" or "colgroup" or "rb" or "rt" or "rp";

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
