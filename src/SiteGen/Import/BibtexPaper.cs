using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Bibtex;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Import;

/// <summary>What a BibTeX record says about a paper, in SiteGen's terms, with LaTeX turned into text.</summary>
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

    /// <summary>The paper a record describes, or null (reported) when it lacks a title or a year.</summary>
    public static BibtexPaper? From(BibtexEntry record, string path, DiagnosticBag bag)
    {
        var title = Text(record["title"]);
        if (title is null)
        {
            bag.Error(path, record.At, DiagnosticCode.Bibtex, $"record {record.Key} has no title; skipped");
            return null;
        }
        var arxiv = ArxivOf(record);
        if (DateOf(record, arxiv) is not { } date)
        {
            bag.Error(path, record.At, DiagnosticCode.Bibtex, $"record {record.Key} has no year or date; skipped");
            return null;
        }

        var (authors, truncated) = BibtexNames.Split(record["author"] ?? "");
        if (truncated)
            bag.Warning(path, record.Fields["author"].At, DiagnosticCode.Bibtex, $"record {record.Key} lists its authors with 'and others'; only the named ones are imported");

        var doi = record["doi"] is { } d ? Identifiers.WithoutDoiPrefix(d) : null;
        var url = record["url"]?.Trim();
        // A link that only repeats the arXiv id or the DOI adds nothing: the pages link those already.
        if (url is not null && ((arxiv is not null && ArxivInText.Match(url) is { Success: true } m && m.Groups["id"].Value == arxiv)
                                || (doi is not null && url.EndsWith(doi, StringComparison.OrdinalIgnoreCase))))
            url = null;

        return new BibtexPaper(
            record,
            title,
            authors,
            date,
            VenueOf(record),
            arxiv,
            doi,
            url,
            Text(record["abstract"]),
            [.. (record["keywords"] ?? "").Split(',', ';').Select(k => Latex.ToText(k)).Where(k => k.Length > 0)],
            Text(record["primaryclass"]));
    }

    private static string? Text(string? latex) => latex is null ? null : Latex.ToText(latex) is { Length: > 0 } text ? text : null;

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
        foreach (var field in new[] { "url", "journal", "note", "howpublished" })
            if (record[field] is { } text && ArxivInText.Match(text) is { Success: true } m)
                return m.Groups["id"].Value;
        return null;
    }

    private static string? VenueOf(BibtexEntry record)
    {
        // journaltitle is biblatex's name for journal.
        var venue = Text(record["booktitle"]) ?? Text(record["journal"]) ?? Text(record["journaltitle"])
                    ?? Text(record["school"]) ?? Text(record["institution"]);
        // "arXiv preprint arXiv:2501.00001" and "CoRR" name no venue: the paper is a preprint.
        return venue is null || Regex.IsMatch(venue, @"^(arxiv|corr\b|arxiv preprint)", RegexOptions.IgnoreCase) ? null : venue;
    }

    /// <summary>
    /// biblatex's <c>date</c>, else year and month, else the year with the month of a new-style arXiv id
    /// (2509.xxxxx is September 2025), else 1 January of the year: SiteGen needs a whole date.
    /// </summary>
    private static DateOnly? DateOf(BibtexEntry record, string? arxiv)
    {
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
        if (!int.TryParse(Latex.ToText(record["year"] ?? ""), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1000 or > 2999)
            return null;
        var m = record["month"] is { } monthText ? BibtexParser.MonthNumber(Latex.ToText(monthText)) : 0;
        if (m == 0 && arxiv is not null && Regex.Match(arxiv, @"^(\d\d)(\d\d)\.") is { Success: true } id
            && 2000 + int.Parse(id.Groups[1].Value, CultureInfo.InvariantCulture) == year)
            m = int.Parse(id.Groups[2].Value, CultureInfo.InvariantCulture);
        return new DateOnly(year, m is >= 1 and <= 12 ? m : 1, 1);
    }
}
