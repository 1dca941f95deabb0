using System.Text.RegularExpressions;
using SiteGen.Bibtex;
using SiteGen.Diagnostics;

namespace SiteGen.Import;

/// <summary>
/// Reads RIS files as EndNote, Zotero and Mendeley export them (<c>TAG  - value</c>, a record from <c>TY</c> to
/// <c>ER</c>) into records for <see cref="BibtexImporter"/>: title (<c>TI</c>/<c>T1</c>), authors (<c>AU</c>/<c>A1</c>,
/// else editors <c>A2</c>/<c>ED</c>), year (<c>PY</c>/<c>Y1</c>) and date (<c>DA</c>), venue (<c>T2</c>, <c>C3</c>, <c>JO</c>,
/// <c>JF</c>, <c>BT</c>), <c>DO</c>, <c>UR</c>, <c>L1</c> (PDF), <c>AB</c>/<c>N2</c>, <c>KW</c>, notes (<c>N1</c>,
/// <c>AN</c>, where an arXiv id may be). Lines that continue a value are joined to it; other tags are ignored.
/// </summary>
public static partial class RisReader
{
    /// <param name="path">How diagnostics name the file.</param>
    public static IReadOnlyList<BibtexEntry> Read(string path, string text, DiagnosticBag bag)
    {
        var records = new List<BibtexEntry>();
        var tags = new List<(string Tag, string Value, SourcePosition At)>();
        SourcePosition? start = null;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var at = new SourcePosition(i + 1, 1);
            var line = lines[i].TrimStart('\uFEFF');
            if (TagLine().Match(line) is not { Success: true } m)
            {
                // A wrapped abstract or title continues on lines without a tag.
                if (line.Trim().Length > 0 && tags.Count > 0) tags[^1] = tags[^1] with { Value = tags[^1].Value + " " + line.Trim() };
                continue;
            }
            var (tag, value) = (m.Groups["tag"].Value, m.Groups["value"].Value.Trim());
            if (tag == "TY")
            {
                if (start is { } open) bag.Warning(path, open, DiagnosticCode.Bibtex, "this RIS record has no ER line; it ends where the next TY starts");
                if (start is not null) records.Add(Record(path, start.Value, tags));
                (start, tags) = (at, [(tag, value, at)]);
            }
            else if (tag == "ER")
            {
                if (start is { } open) records.Add(Record(path, open, tags));
                else bag.Warning(path, at, DiagnosticCode.Bibtex, "ER without a record: no TY line before it");
                (start, tags) = (null, []);
            }
            else if (start is not null)
            {
                tags.Add((tag, value, at));
            }
        }
        if (start is { } last)
        {
            bag.Warning(path, last, DiagnosticCode.Bibtex, "the last RIS record has no ER line; it is read to the end of the file");
            records.Add(Record(path, last, tags));
        }
        return records;
    }

    private static BibtexEntry Record(string path, SourcePosition at, List<(string Tag, string Value, SourcePosition At)> tags)
    {
        string? First(params string[] names) => tags.FirstOrDefault(t => names.Contains(t.Tag) && t.Value.Length > 0).Value;
        SourcePosition Where(params string[] names) => tags.FirstOrDefault(t => names.Contains(t.Tag)).At is { Line: > 0 } p ? p : at;
        var type = First("TY") ?? "GEN";
        var record = new ForeignRecord(type is "JOUR" or "JFULL" ? "article" : type is "CONF" or "CPAPER" ? "inproceedings" : "misc",
            First("ID") ?? $"line{at.Line}", path, at);
        record.Text("title", First("TI", "T1", "CT"), Where("TI", "T1", "CT"));
        var authors = tags.Where(t => t.Tag is "AU" or "A1").ToList();
        record.Names("author", authors.Select(t => Name(t.Value)), Where("AU", "A1"));
        record.Names("editor", tags.Where(t => t.Tag is "A2" or "ED").Select(t => Name(t.Value)), Where("A2", "ED"));
        // PY is "2020" or "2020/05/01/"; DA the same shape.
        var date = DateText(First("DA")) ?? DateText(First("PY", "Y1"));
        record.Raw("date", date, Where("DA", "PY", "Y1"));
        record.Text("journal", First("T2", "C3", "JO", "JF", "BT", "J2", "JA"), Where("T2", "C3", "JO", "JF", "BT", "J2", "JA"));
        record.Raw("doi", First("DO"), Where("DO"));
        record.Raw("url", First("UR"), Where("UR"));
        record.Raw("pdf", First("L1"), Where("L1"));
        record.Text("abstract", First("AB", "N2"), Where("AB", "N2"));
        record.Text("keywords", string.Join(", ", tags.Where(t => t.Tag == "KW").Select(t => t.Value)), Where("KW"));
        record.Raw("note", string.Join(" ", tags.Where(t => t.Tag is "N1" or "AN" or "M1").Select(t => t.Value)), Where("N1", "AN", "M1"));
        return record.Entry();
    }

    /// <summary>RIS writes a person <c>Last, First</c> (<c>Last, First, Suffix</c>) or, for an organisation, one name.</summary>
    private static (string Family, string? Given) Name(string value)
    {
        var parts = value.Split(',', 3, StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            1 => (parts[0], null),
            2 => (parts[0], parts[1]),
            _ => (parts[0] + " " + parts[2], parts[1]),
        };
    }

    private static string? DateText(string? value)
    {
        if (value is null || YearMonthDay().Match(value) is not { Success: true } m) return null;
        var month = m.Groups["m"].Success && m.Groups["m"].Value.Length > 0 ? "-" + m.Groups["m"].Value.PadLeft(2, '0') : "";
        var day = month.Length > 0 && m.Groups["d"].Success && m.Groups["d"].Value.Length > 0 ? "-" + m.Groups["d"].Value.PadLeft(2, '0') : "";
        return m.Groups["y"].Value + month + day;
    }

    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9])  -( (?<value>.*))?$")]
    private static partial Regex TagLine();

    [GeneratedRegex(@"^(?<y>\d{4})(?:[/-](?<m>\d{0,2})(?:[/-](?<d>\d{0,2}))?)?")]
    private static partial Regex YearMonthDay();
}
