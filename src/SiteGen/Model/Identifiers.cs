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

    public static bool IsArxivId(string id) => ArxivShape().IsMatch(id);

    public static bool IsDoi(string doi) => DoiShape().IsMatch(doi);

    /// <summary>An arXiv id without its version suffix: <c>2501.00001v2</c> and <c>2501.00001</c> name one paper.</summary>
    public static string WithoutVersion(string id) => ArxivVersion().Replace(id, "");

    [GeneratedRegex(@"v\d+$")]
    private static partial Regex ArxivVersion();

    /// <summary>An arXiv id without the <c>arXiv:</c> prefix or abs/pdf URL it is often written with.</summary>
    public static string WithoutArxivPrefix(string id) =>
        Regex.Replace(id.Trim(), @"^(arxiv:|https?://arxiv\.org/(abs|pdf)/)", "", RegexOptions.IgnoreCase);

    /// <summary>A DOI without the <c>doi:</c> prefix or resolver URL it is often written with.</summary>
    public static string WithoutDoiPrefix(string doi) =>
        Regex.Replace(doi.Trim(), @"^(doi:\s*|https?://(dx\.)?doi\.org/)", "", RegexOptions.IgnoreCase);

    public static string? Arxiv(FrontMatter fields, DiagnosticBag bag) =>
        Read(fields, "arxiv", DiagnosticCode.Arxiv, bag, ArxivShape(), WithoutArxivPrefix, "an arXiv id", "write it as", "expected e.g. 2501.12345 or hep-th/9901001");

    public static string? Doi(FrontMatter fields, DiagnosticBag bag) =>
        Read(fields, "doi", DiagnosticCode.Doi, bag, DoiShape(), WithoutDoiPrefix, "a DOI", "write the bare DOI", "expected e.g. 10.1145/3295500.3356138");

    private static string? Read(FrontMatter fields, string key, DiagnosticCode code, DiagnosticBag bag, Regex shape, Func<string, string> bare, string what, string fix, string example)
    {
        var value = fields.Text(key, bag);
        if (value is null || shape.IsMatch(value)) return value;
        var stripped = bare(value);
        var hint = stripped != value && shape.IsMatch(stripped) ? $"{fix} \"{stripped}\"" : example;
        bag.Error(fields.Path, fields.PositionOf(key), code, $"'{key}' is not {what}: \"{value}\" ({hint})");
        return null;
    }
}
