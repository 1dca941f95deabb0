using System.Collections.Frozen;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Paths;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// The theme's Liquid templates, parsed once, with options shared by every render. Each render gets
/// a fresh context, so pages can be rendered in parallel. Templates see only the registered view types.
/// </summary>
internal sealed partial class TemplateSet
{
    public static readonly string[] Required =
    [
        "layouts/base.liquid", "pages/home.liquid", "pages/papers.liquid", "pages/paper.liquid",
        "pages/topics.liquid", "pages/topic.liquid", "pages/authors.liquid", "pages/author.liquid",
        "pages/page.liquid", "pages/search.liquid", "pages/404.liquid", "pages/redirect.liquid", "pages/reading-group.liquid",
        "pages/paths.liquid", "pages/path.liquid",
    ];

    // Text is HTML-escaped on output; letters of every script are left readable.
    private static readonly TextEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly FluidParser Parser = new();

    private readonly TemplateOptions _options;
    private readonly FrozenDictionary<string, IFluidTemplate> _templates;

    private TemplateSet(TemplateOptions options, FrozenDictionary<string, IFluidTemplate> templates)
    {
        _options = options;
        _templates = templates;
    }

    public static TemplateSet? Create(Theme theme, SiteUrls urls, IReadOnlyDictionary<string, string> assetUrls, DiagnosticBag bag)
    {
        var parsed = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var (path, file) in theme.Templates)
        {
            if (Parser.TryParse(Encoding.UTF8.GetString(file.Bytes), out var template, out var error))
                parsed[path] = template;
            else
                bag.Error(file.DisplayPath, PositionIn(error), DiagnosticCode.Template, $"invalid Liquid template: {error}");
        }
        foreach (var missing in Required.Where(r => !theme.Templates.ContainsKey(r)))
            bag.Error("theme/" + missing, SourcePosition.Start, DiagnosticCode.Template, $"the theme has no '{missing}'; add it or restore the default theme");
        if (bag.HasErrors) return null;

        var options = new TemplateOptions
        {
            FileProvider = new ThemeFileProvider(theme),
            // Numbers and dates must not change with the machine's locale: builds are reproducible.
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        foreach (var type in new[]
        {
            typeof(LinkView), typeof(AuthorLinkView), typeof(MarkView), typeof(FactView), typeof(PreviewImage), typeof(PaperCardView), typeof(PaperView), typeof(YearGroupView), typeof(TopicView),
            typeof(AuthorView), typeof(LetterGroupView), typeof(SiteView), typeof(PageMetaView), typeof(MetaTagView), typeof(PaginationView), typeof(PageLinkView),
            typeof(HomePageView), typeof(PapersPageView), typeof(PaperPageView), typeof(TopicsPageView), typeof(TopicPageView),
            typeof(AuthorsPageView), typeof(AuthorPageView), typeof(FreePageView), typeof(SearchPageView), typeof(NotFoundPageView), typeof(RedirectPageView),
            typeof(MeetingView), typeof(MeetingYearView), typeof(ReadingView), typeof(RelationGroupView), typeof(ReadingGroupPageView), typeof(RelationEdgeView),
            typeof(TopicFamilyView), typeof(SubtopicView), typeof(PathStepView), typeof(ReadingPathView), typeof(PathPlaceView), typeof(ReadingPathsPageView), typeof(ReadingPathPageView),
        })
        {
            options.MemberAccessStrategy.Register(type);
        }

        // {{ '/topics/' | url }} applies the base path; {{ 'site.css' | asset }} gives the fingerprinted file.
        options.Filters.AddFilter("url", (input, _, _) =>
            new StringValue(urls.Path(input.ToStringValue())));
        options.Filters.AddFilter("asset", (input, _, _) =>
            new StringValue(assetUrls.TryGetValue(input.ToStringValue(), out var url) ? url : urls.Asset(input.ToStringValue())));

        return new TemplateSet(options, parsed.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// A whole page as UTF-8: the page template, then <c>layouts/base.liquid</c> around it as <c>content</c>. Both see the
    /// model's members as top-level variables, plus <c>site</c> and <c>page</c>. Throws what the template throws.
    /// </summary>
    public byte[] Render(string template, PageView model, SiteView site, PageMetaView page)
    {
        var context = new TemplateContext(model, _options);
        context.SetValue("site", FluidValue.Create(site, _options));
        context.SetValue("page", FluidValue.Create(page, _options));
        var content = _templates[template].Render(context, Encoder);
        context.SetValue("content", new StringValue(content));
        // Straight into UTF-8: a large listing page never exists as a whole UTF-16 string (garbage on the large object heap).
        return PublishedFile.Utf8(writer =>
        {
            // Fluid's own synchronous Render waits the same way; nothing here awaits real I/O (the writer is in memory).
            var rendering = _templates["layouts/base.liquid"].RenderAsync(writer, context, Encoder, isolateContext: true);
            if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
        });
    }

    private static SourcePosition PositionIn(string error)
    {
        var match = ParserPosition().Match(error);
        return match.Success ? new SourcePosition(int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) : SourcePosition.Start;
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ParserPosition();
}
