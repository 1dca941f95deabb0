using SiteGen.Bibtex;
using SiteGen.Diagnostics;

namespace SiteGen.Import;

/// <summary>
/// Builds a record of another format (RIS, CSL-JSON) in the BibTeX record form, so that one pipeline
/// (<see cref="BibtexPaper"/>, <see cref="BibtexImporter"/>) decides fields, identity, topics and updates for every format.
/// Text is escaped so that reading it as BibTeX gives it back unchanged; identifiers and links are kept as written.
/// </summary>
internal sealed class ForeignRecord(string type, string key, string path, SourcePosition at)
{
    private readonly Dictionary<string, BibtexField> _fields = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plain text (a title, an abstract): nothing in it is LaTeX.</summary>
    public void Text(string name, string? value, SourcePosition where)
    {
        if (!string.IsNullOrWhiteSpace(value)) _fields.TryAdd(name, new BibtexField(Escape(value), where));
    }

    /// <summary>An identifier, link, number or date, kept as written.</summary>
    public void Raw(string name, string? value, SourcePosition where)
    {
        if (!string.IsNullOrWhiteSpace(value)) _fields.TryAdd(name, new BibtexField(value.Trim(), where));
    }

    /// <summary>Names as <c>(family, given)</c> or, for an organisation, <c>(name, null)</c>; kept whole as BibTeX reads them.</summary>
    public void Names(string name, IEnumerable<(string Family, string? Given)> names, SourcePosition where)
    {
        var written = names.Where(n => n.Family.Length > 0 || n.Given is { Length: > 0 })
            .Select(n => n.Given is { Length: > 0 } given ? $"{{{Escape(n.Family)}}}, {Escape(given)}" : $"{{{Escape(n.Family)}}}")
            .ToList();
        if (written.Count > 0) _fields.TryAdd(name, new BibtexField(string.Join(" and ", written), where));
    }

    public BibtexEntry Entry() => new(type, key, _fields, at) { Path = path };

    /// <summary>BibTeX escapes, and ligatures (<c>--</c>, <c>``</c>, <c>''</c>) broken with an empty group so they stay as typed.</summary>
    private static string Escape(string text) =>
        BibtexFormat.Escape(text).Replace("-", "-{}").Replace("`", "`{}").Replace("'", "'{}");
}
