using System.Text.RegularExpressions;
using SiteGen.Bibtex;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Import;

/// <summary>
/// Reads one record's fields as SiteGen values, warning at the field's line and column about anything read
/// differently from how it is written. An empty field (<c>doi = {}</c>) is an absent one.
/// </summary>
internal sealed partial class RecordFields(BibtexEntry record, string path, DiagnosticBag bag)
{
    /// <summary>The field as plain text; unknown LaTeX commands are warnings at their position and kept as written.</summary>
    public string? Text(string name)
    {
        if (!record.Fields.TryGetValue(name, out var field)) return null;
        var text = Latex.ToText(field.Value, (offset, command) =>
            bag.Warning(path, field.PositionOf(offset), DiagnosticCode.Bibtex,
                $"record {record.Key}: unknown LaTeX command \\{command} in '{name}' is kept as written; write the character itself"));
        return text.Length > 0 ? text : null;
    }

    /// <summary>
    /// A link field as an absolute http(s) URL. <c>dl.acm.org/...</c> (no scheme) gets https, with a warning; another
    /// scheme (<c>ftp://</c>) or a file name (al-folio's <c>pdf = {paper.pdf}</c>) is dropped, with a warning.
    /// </summary>
    public string? Link(string name)
    {
        if (Raw(name) is not { } value) return null;
        var at = record.Fields[name].At;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return value;
        if (HostLike().IsMatch(value) && Uri.TryCreate("https://" + value, UriKind.Absolute, out _))
        {
            bag.Warning(path, at, DiagnosticCode.Bibtex, $"record {record.Key}: '{name}' has no scheme; read as https://{value}");
            return "https://" + value;
        }
        bag.Warning(path, at, DiagnosticCode.Bibtex, $"record {record.Key}: '{name}' is not an http or https link (\"{value}\"); left out");
        return null;
    }

    /// <summary>
    /// The DOI, without any resolver before <c>10.</c>. A <c>doi</c> that holds another link (a handle) is given back in
    /// <paramref name="link"/> for <c>url</c>, and anything else is dropped; both with a warning.
    /// </summary>
    public string? Doi(out string? link)
    {
        link = null;
        if (Raw("doi") is not { } value) return null;
        var at = record.Fields["doi"].At;
        var bare = Identifiers.WithoutDoiPrefix(value);
        if (Identifiers.IsDoi(bare)) return bare;
        var start = bare.IndexOf("10.", StringComparison.Ordinal);
        if (start > 0 && bare[start - 1] is '/' or ':' && Identifiers.IsDoi(bare[start..]))
        {
            bag.Warning(path, at, DiagnosticCode.Bibtex, $"record {record.Key}: 'doi' is a link, not a DOI; read as {bare[start..]}");
            return bare[start..];
        }
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var used = record["url"] is not { Length: > 0 };
            bag.Warning(path, at, DiagnosticCode.Bibtex,
                $"record {record.Key}: 'doi' holds a link that is not a DOI (\"{value}\"); {(used ? "imported as the url" : "left out, as the record has a url")}");
            if (used) link = value;
            return null;
        }
        bag.Warning(path, at, DiagnosticCode.Bibtex, $"record {record.Key}: 'doi' is not a DOI (\"{value}\"); left out");
        return null;
    }

    /// <summary>An identifier or link field as written, its BibTeX escapes (<c>\_ \% \&amp; \#</c>, as DBLP writes them) undone; null when empty.</summary>
    private string? Raw(string name)
    {
        var value = record[name]?.Trim();
        return string.IsNullOrEmpty(value) ? null : Escaped().Replace(value, "$1");
    }

    [GeneratedRegex(@"\\([_%&#~])")]
    private static partial Regex Escaped();

    // "dl.acm.org/citation.cfm?id=1" or "www.example.org": a host name, then a path. A bare "poster.pdf" is a file name.
    [GeneratedRegex(@"^([a-z0-9-]+(\.[a-z0-9-]+)+/\S*|www(\.[a-z0-9-]+)+(/\S*)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex HostLike();
}
