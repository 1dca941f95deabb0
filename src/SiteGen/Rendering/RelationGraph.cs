using System.Globalization;
using System.Xml.Linq;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// Draws typed relations among a few papers as an arc diagram in SVG, at build time: one row per paper,
/// oldest at the top, and an arc from each paper to the one it relates to,
/// coloured by kind (the theme's CSS colours <c>.rel-&lt;kind&gt;</c>, so dark mode applies). It is a picture only:
/// the page lists the same relations beside it as linked sentences, which is what screen readers and keyboards use.
/// </summary>
internal static class RelationGraph
{
    /// <summary>More rows than this make a drawing nobody reads; the list alone is shown then.</summary>
    public const int MaxPapers = 40;

    private const int Row = 28;
    private const int Top = 18;
    private const int LabelWidth = 330;
    private const int TitleChars = 44;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <param name="edges">Relations whose two ends are both among the drawn papers.</param>
    /// <returns>The SVG element as markup (every text escaped), or "" when there is nothing or too much to draw.</returns>
    public static string Draw(IReadOnlyList<(Paper From, RelationKind Kind, Paper To)> edges)
    {
        var papers = edges.SelectMany(e => new[] { e.From, e.To })
            .DistinctBy(p => p.Slug)
            .OrderBy(p => p.Date).ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();
        if (papers.Count == 0 || papers.Count > MaxPapers) return "";
        var row = papers.Select((p, i) => (p.Slug, Y: Top + i * Row)).ToDictionary(r => r.Slug, r => r.Y, StringComparer.Ordinal);
        var width = LabelWidth + 16 + (papers.Count - 1) * Row / 2 + 12;
        var height = Top + (papers.Count - 1) * Row + Top;

        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("width", width),
            new XAttribute("class", "relation-graph"),
            new XAttribute("aria-hidden", "true"),
            new XElement(Svg + "defs", RelationKind.All.Where(k => !k.TargetsTopics).Select(kind =>
                new XElement(Svg + "marker",
                    new XAttribute("id", "arrow-" + kind.Key), new XAttribute("class", "rel-" + kind.Key),
                    new XAttribute("viewBox", "0 0 10 10"), new XAttribute("refX", 9), new XAttribute("refY", 5),
                    new XAttribute("markerWidth", 7), new XAttribute("markerHeight", 7), new XAttribute("orient", "auto-start-reverse"),
                    new XElement(Svg + "path", new XAttribute("d", "M0 0L10 5L0 10z"))))));

        foreach (var (from, kind, to) in edges)
        {
            var (y1, y2) = (row[from.Slug], row[to.Slug]);
            var radius = Math.Abs(y2 - y1) / 2;
            // Downward arcs bulge right when drawn clockwise, upward ones too when drawn the other way.
            var sweep = y2 > y1 ? 1 : 0;
            svg.Add(new XElement(Svg + "path",
                new XAttribute("class", "rel-" + kind.Key),
                new XAttribute("marker-end", $"url(#arrow-{kind.Key})"),
                new XAttribute("d", Invariant($"M{LabelWidth + 10} {y1}A{radius} {radius} 0 0 {sweep} {LabelWidth + 10} {y2}")),
                new XElement(Svg + "title", $"{from.Title} {kind.Outgoing.ToLowerInvariant()} {to.Title}")));
        }
        foreach (var paper in papers)
        {
            var y = row[paper.Slug];
            svg.Add(new XElement(Svg + "text",
                new XAttribute("x", LabelWidth), new XAttribute("y", y + 4), new XAttribute("text-anchor", "end"),
                new XElement(Svg + "title", paper.Title), Short(paper.Title)));
            svg.Add(new XElement(Svg + "circle", new XAttribute("cx", LabelWidth + 10), new XAttribute("cy", y), new XAttribute("r", 4)));
        }
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static string Short(string title) => title.Length <= TitleChars ? title : title[..(TitleChars - 1)].TrimEnd() + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
