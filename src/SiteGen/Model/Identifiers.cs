using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// arXiv ids and DOIs must have their registries' shapes, so that duplicates are caught and the
/// links built from them work. Common near-misses (a prefix, a resolver URL) get a precise fix.
/// </summary>
internal static partial class Identifiers
{
    // New-style ids (2501.12345, 0704.0001) and old-style ones (hep-th/9901001, math.AG/0309136).
    [GeneratedRegex(@"^(\d{4}\.\d{4,5}|[a-z]+(-[a-z]+)*(\.[A-Z]{2})?/\d{7})(v\d+)?$")]
    private static partial Regex ArxivShape();

    // Crossref's shape: "10." + registrant digits + "/" + a suffix without spaces.
    [GeneratedRegex(@"^10\.\d{4,9}(\.\d+)*/\S+$")]
    private static partial Regex DoiShape();

    public static string? Arxiv(FrontMatter fields, DiagnosticBag bag)
    {
        var id = fields.Text("arxiv", bag);
        if (id is null || ArxivShape().IsMatch(id)) return id;
        var bare = Regex.Replace(id, @"^(arxiv:|https?://arxiv\.org/(abs|pdf)/)", "", RegexOptions.IgnoreCase);
        var hint = bare != id && ArxivShape().IsMatch(bare) ? $"write it as \"{bare}\"" : "expected e.g. 2501.12345 or hep-th/9901001";
        bag.Error(fields.Path, fields.PositionOf("arxiv"), "arxiv", $"'arxiv' is not an arXiv id: \"{id}\" ({hint})");
        return null;
    }

    public static string? Doi(FrontMatter fields, DiagnosticBag bag)
    {
        var doi = fields.Text("doi", bag);
        if (doi is null || DoiShape().IsMatch(doi)) return doi;
        var bare = Regex.Replace(doi, @"^(doi:\s*|https?://(dx\.)?doi\.org/)", "", RegexOptions.IgnoreCase);
        var hint = bare != doi && DoiShape().IsMatch(bare) ? $"write the bare DOI \"{bare}\"" : "expected e.g. 10.1145/3295500.3356138";
        bag.Error(fields.Path, fields.PositionOf("doi"), "doi", $"'doi' is not a DOI: \"{doi}\" ({hint})");
        return null;
    }
}
