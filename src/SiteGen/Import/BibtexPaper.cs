using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Bibtex;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Import;

/// <summary>What a BibTeX record says about a paper, in SiteGen's terms, with LaTeX turned into text.</summary>
/// <param name="Extra">Front-matter keys beyond the schema's, for themes: al-folio's <c>slides</c>, <c>poster</c>, <c>video</c>, <c>selected</c>...</param>
public sealed record BibtexPaper(
    BibtexEntry Record,
    string Title,
    IReadOnlyList<string> Authors,
    DateOnly Date,
    string? Venue,
    string? Arxiv,
    string? Doi,
    string? Url,
    string? Abstract,
    IReadOnlyList<string> Keywords,
    string? PrimaryClass)
{
    private static readonly Regex ArxivInText = new(@"(?:arxiv\.org/(?:abs|pdf)/|arXiv:)(?<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7})", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // DBLP files arXiv preprints as journal = {CoRR}, volume = {abs/2408.00001}.
    private static readonly Regex CorrVolume = new(@"^abs/(?<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7})$", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    public string? Pdf { get; init; }

    public string? Code { get; init; }

    public IReadOnlyList<KeyValuePair<string, object?>> Extra { get; init; } = [];

    /// <summary>
    /// The paper a record describes, or null (reported) when it lacks a title or a date. Values read
    /// differently from how they look (an unknown command, a link that is not one, editors for authors) are warnings
    /// at their line and column; a bad optional field never costs the paper.
    /// </summary>
    public static BibtexPaper? From(BibtexEntry record, string path, DiagnosticBag bag)
    {
        var fields = new RecordFields(record, path, bag);
        if (record.MissingCrossref is { } target && record.Fields.TryGetValue("crossref", out var crossref))
            bag.Warning(path, crossref.At, DiagnosticCode.Bibtex, $"record {record.Key}: crossref '{target}' names no record in the files read; name the file that holds it too");

        var title = fields.Text("title");
        if (title is null)
        {
            bag.Error(path, record.At, DiagnosticCode.Bibtex, $"record {record.Key} has no title; skipped");
            return null;
        }
        // biblatex's subtitle continues the title.
        if (fields.Text("subtitle") is { } subtitle)
            title = title.TrimEnd() + (title.TrimEnd().EndsWith('?') || title.TrimEnd().EndsWith('!') || title.EndsWith(':') ? " " : ": ") + subtitle;

        var arxiv = ArxivOf(record);
        if (DateOf(record, arxiv, out var fromArxiv) is not { } date)
        {
            var add = "add year = {YYYY} (or date = {YYYY-MM-DD})";
            bag.Error(path, record.At, DiagnosticCode.Bibtex, record.MissingCrossref is { } missing
                ? $"record {record.Key} has no year or date, and its crossref '{missing}' is in none of the files read: name that file too, or {add}; skipped"
                : $"record {record.Key} has no year or date; {add}; skipped");
            return null;
        }
        if (fromArxiv)
            bag.Warning(path, record.At, DiagnosticCode.Bibtex, $"record {record.Key} has no year; dated {date:yyyy-MM} from its arXiv id {arxiv}");

        var authors = AuthorsOf(record, path, bag);
        var doi = fields.Doi(out var doiLink);
        var url = fields.Link("url") ?? doiLink;
        var website = fields.Link("website");
        if (url is null) (url, website) = (website, null);
        // A link that only repeats the arXiv id or the DOI adds nothing: the pages link those already.
        if (url is not null && ((arxiv is not null && ArxivInText.Match(url) is { Success: true } m && m.Groups["id"].Value == arxiv)
                                || (doi is not null && url.EndsWith(doi, StringComparison.OrdinalIgnoreCase))))
            url = null;

        var venue = VenueOf(fields);
        var abbr = fields.Text("abbr");
        // al-folio's abbr is the venue's short name, shown as a badge: the venue when the record names none.
        if (venue is null) (venue, abbr) = (abbr, null);
        var selected = record["selected"]?.Trim() is { } flag && (flag.Equals("true", StringComparison.OrdinalIgnoreCase) || flag == "yes") ? true : (bool?)null;

        return new BibtexPaper(
            record,
            title,
            authors,
            date,
            venue,
            arxiv,
            doi,
            url,
            fields.Text("abstract"),
            [.. (record["keywords"] ?? "").Split(',', ';').Select(k => Latex.ToText(k)).Where(k => k.Length > 0)],
            fields.Text("primaryclass"))
        {
            Pdf = fields.Link("pdf"),
            Code = fields.Link("code"),
            Extra =
            [
                new("website", website), new("slides", fields.Link("slides")), new("poster", fields.Link("poster")),
                new("video", fields.Link("video")), new("abbr", abbr), new("selected", selected),
            ],
        };
    }

    /// <summary>The authors; a record with only editors (a proceedings, an edited book) gets its editors, with a warning.</summary>
    private static IReadOnlyList<string> AuthorsOf(BibtexEntry record, string path, DiagnosticBag bag)
    {
        var field = record.Fields.GetValueOrDefault("author") is { Value.Length: > 0 } author ? ("author", author)
            : record.Fields.GetValueOrDefault("editor") is { Value.Length: > 0 } editor ? ("editor", editor)
            : default;
        if (field.Item2 is not { } value) return [];
        var (names, truncated) = BibtexNames.Split(value.Value, problem => bag.Warning(path, value.At, DiagnosticCode.Bibtex, $"record {record.Key}: {problem}"));
        if (truncated)
            bag.Warning(path, value.At, DiagnosticCode.Bibtex, $"record {record.Key} lists its {field.Item1}s with 'and others'; only the named ones are imported");
        if (field.Item1 == "editor")
            bag.Warning(path, value.At, DiagnosticCode.Bibtex, $"record {record.Key} has no author; its editors ({string.Join(", ", names)}) are imported as its authors");
        return names;
    }

    private static string? ArxivOf(BibtexEntry record)
    {
        var eprint = record["eprint"]?.Trim();
        var prefix = (record["archiveprefix"] ?? record["eprinttype"] ?? "").Trim();
        if (eprint is not null && Identifiers.WithoutArxivPrefix(eprint) is var bare && Identifiers.IsArxivId(bare)
            && (prefix.Length == 0 || prefix.Equals("arxiv", StringComparison.OrdinalIgnoreCase)))
            return bare;
        foreach (var field in new[] { "arxiv", "arxivid" })
            if (record[field] is { } id && Identifiers.WithoutArxivPrefix(id) is var plain && Identifiers.IsArxivId(plain))
                return plain;
        if (record["journal"]?.Trim() is { } journal && journal.Equals("CoRR", StringComparison.OrdinalIgnoreCase)
            && CorrVolume.Match(record["volume"]?.Trim() ?? "") is { Success: true } corr)
            return corr.Groups["id"].Value;
        foreach (var field in new[] { "url", "journal", "note", "howpublished" })
            if (record[field] is { } text && ArxivInText.Match(text) is { Success: true } m)
                return m.Groups["id"].Value;
        return null;
    }

    private static string? VenueOf(RecordFields fields)
    {
        // journaltitle is biblatex's name for journal.
        var venue = fields.Text("booktitle") ?? fields.Text("journal") ?? fields.Text("journaltitle")
                    ?? fields.Text("school") ?? fields.Text("institution");
        // "arXiv preprint arXiv:2501.00001" and "CoRR" name no venue: the paper is a preprint.
        return venue is null || Regex.IsMatch(venue, @"^(arxiv|corr\b|arxiv preprint)", RegexOptions.IgnoreCase) ? null : venue;
    }

    /// <summary>
    /// biblatex's <c>date</c>, else year and month, else the year with the month of a new-style arXiv id
    /// (2509.xxxxx is September 2025), else 1 January of the year: SiteGen needs a whole date. Without a year,
    /// a new-style arXiv id gives year and month (<paramref name="fromArxiv"/>).
    /// </summary>
    private static DateOnly? DateOf(BibtexEntry record, string? arxiv, out bool fromArxiv)
    {
        fromArxiv = false;
        if (record["date"]?.Trim() is { } text)
        {
            var parts = text.Split('-', '/');
            if (parts.Length >= 1 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1000 and < 3000)
            {
                var month = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mo) && mo is >= 1 and <= 12 ? mo : 1;
                var day = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var dd) && dd >= 1 && dd <= DateTime.DaysInMonth(y, month) ? dd : 1;
                return new DateOnly(y, month, day);
            }
        }
        var id = arxiv is null ? Match.Empty : Regex.Match(arxiv, @"^(\d\d)(\d\d)\.");
        var idYear = id.Success ? 2000 + int.Parse(id.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var idMonth = id.Success ? int.Parse(id.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        if (!int.TryParse(Latex.ToText(record["year"] ?? ""), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1000 or > 2999)
        {
            if (idMonth is < 1 or > 12) return null;
            fromArxiv = true;
            return new DateOnly(idYear, idMonth, 1);
        }
        var m = record["month"] is { } monthText ? BibtexParser.MonthNumber(Latex.ToText(monthText)) : 0;
        if (m == 0 && idYear == year) m = idMonth;
        return new DateOnly(year, m is >= 1 and <= 12 ? m : 1, 1);
    }
}
