using System.Collections.Frozen;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using SiteGen.Diagnostics;
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
        "pages/page.liquid", "pages/search.liquid", "pages/404.liquid",
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
                bag.Error(file.DisplayPath, PositionIn(error), "template", $"invalid Liquid template: {error}");
        }
        foreach (var missing in Required.Where(r => !theme.Templates.ContainsKey(r)))
            bag.Error("theme/" + missing, SourcePosition.Start, "template", $"the theme has no '{missing}'; add it or restore the default theme");
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
            typeof(LinkView), typeof(PaperCardView), typeof(PaperView), typeof(YearGroupView), typeof(TopicView),
            typeof(AuthorView), typeof(LetterGroupView), typeof(SiteView), typeof(PageMetaView), typeof(MetaTagView),
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

    public string Render(string path, IReadOnlyDictionary<string, object?> model)
    {
        var context = new TemplateContext(_options);
        foreach (var (name, value) in model)
            context.SetValue(name, FluidValue.Create(value, _options));
        return _templates[path].Render(context, Encoder);
    }

    private static SourcePosition PositionIn(string error)
    {
        var match = ParserPosition().Match(error);
        return match.Success ? new SourcePosition(int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) : SourcePosition.Start;
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ParserPosition();
}
