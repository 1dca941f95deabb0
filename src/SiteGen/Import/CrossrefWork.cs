using System.Text.Json;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Reads Crossref's answer for one DOI (<c>GET /works/DOI</c>, <c>{"status":"ok","message":{...}}</c>, the
/// <c>api.crossref.org</c> JSON schema): title, authors (<c>given</c> and <c>family</c>), the issued date, the JATS
/// abstract as plain text, and the journal or proceedings as venue.
/// </summary>
public static partial class CrossrefWork
{
    /// <returns>The paper, or null when the body is not a Crossref work with a title and a date.</returns>
    public static PaperMetadata? Read(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (!doc.RootElement.TryGetProperty("message", out var work) || work.ValueKind != JsonValueKind.Object) return null;
            var title = First(work, "title");
            var subtitle = First(work, "subtitle");
            var date = DateOf(work, "issued") ?? DateOf(work, "published") ?? DateOf(work, "published-print") ?? DateOf(work, "published-online");
            if (title is null || date is null) return null;
            var authors = work.TryGetProperty("author", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(Name).OfType<string>().ToList()
                : [];
            return new PaperMetadata(subtitle is null ? title : $"{title}: {subtitle}", authors, date.Value)
            {
                Abstract = work.TryGetProperty("abstract", out var jats) && jats.ValueKind == JsonValueKind.String ? PlainText(jats.GetString()!) : null,
                Venue = First(work, "container-title"),
                Doi = work.TryGetProperty("DOI", out var doi) && doi.ValueKind == JsonValueKind.String ? doi.GetString() : null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Name(JsonElement author)
    {
        var given = Text(author, "given");
        var family = Text(author, "family");
        var name = family is null ? Text(author, "name") : given is null ? family : $"{given} {family}";
        return name is { Length: > 0 } ? name : null;
    }

    /// <summary>A date-parts date (<c>{"date-parts": [[2020, 5, 17]]}</c>); month and day default to 1.</summary>
    private static DateOnly? DateOf(JsonElement work, string name)
    {
        if (!work.TryGetProperty(name, out var field) || !field.TryGetProperty("date-parts", out var parts)
            || parts.ValueKind != JsonValueKind.Array || parts.GetArrayLength() == 0 || parts[0].ValueKind != JsonValueKind.Array) return null;
        var numbers = parts[0].EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Number).Select(p => p.GetInt32()).ToList();
        if (numbers.Count == 0 || numbers[0] is < 1000 or > 2999) return null;
        var month = numbers.Count > 1 && numbers[1] is >= 1 and <= 12 ? numbers[1] : 1;
        var day = numbers.Count > 2 && numbers[2] >= 1 && numbers[2] <= DateTime.DaysInMonth(numbers[0], month) ? numbers[2] : 1;
        return new DateOnly(numbers[0], month, day);
    }

    private static string? First(JsonElement work, string name) =>
        work.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0
        && list[0].ValueKind == JsonValueKind.String && Collapse(list[0].GetString()!) is { Length: > 0 } text ? text : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Collapse(value.GetString()!) : null;

    /// <summary>JATS markup (<c>&lt;jats:p&gt;</c>) removed; the abstract is stored and escaped as plain text wherever it lands.</summary>
    private static string? PlainText(string jats) =>
        Collapse(System.Net.WebUtility.HtmlDecode(Markup().Replace(jats, " "))) is { Length: > 0 } text ? text : null;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
