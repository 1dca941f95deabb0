using System.Globalization;
using System.Text.Json;

namespace SiteGen.Import;

/// <summary>
/// Reads DataCite's answer for one DOI (<c>GET /dois/DOI</c>, JSON:API, <c>{"data":{"attributes":{...}}}</c>):
/// the first title, creators, the <c>Issued</c> date (else the publication year), the abstract and the publisher.
/// </summary>
public static class DataCiteDoi
{
    /// <returns>The paper, or null when the body is not a DataCite DOI record with a title and a year.</returns>
    public static PaperMetadata? Read(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (!doc.RootElement.TryGetProperty("data", out var data) || !data.TryGetProperty("attributes", out var a)) return null;
            var title = Array(a, "titles").Select(t => Text(t, "title")).FirstOrDefault(t => t is not null);
            if (title is null || DateOf(a) is not { } date) return null;
            return new PaperMetadata(title, [.. Array(a, "creators").Select(Name).OfType<string>()], date)
            {
                Abstract = Array(a, "descriptions").FirstOrDefault(d => Text(d, "descriptionType") == "Abstract") is { ValueKind: JsonValueKind.Object } d
                    ? Text(d, "description") : null,
                Venue = a.TryGetProperty("publisher", out var publisher) ? publisher.ValueKind switch
                {
                    JsonValueKind.String => publisher.GetString(),
                    JsonValueKind.Object => Text(publisher, "name"),
                    _ => null,
                } : null,
                Doi = Text(a, "doi"),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A creator as <c>givenName familyName</c>, else its <c>name</c> (<c>Doe, Jane</c> turned round).</summary>
    private static string? Name(JsonElement creator)
    {
        if (Text(creator, "familyName") is { } family)
            return Text(creator, "givenName") is { } given ? $"{given} {family}" : family;
        var name = Text(creator, "name");
        return name?.Split(", ", 2) is [var last, var first] ? $"{first} {last}" : name;
    }

    private static DateOnly? DateOf(JsonElement a)
    {
        var issued = Array(a, "dates").FirstOrDefault(d => Text(d, "dateType") == "Issued");
        if (issued.ValueKind == JsonValueKind.Object && Text(issued, "date") is { } text
            && DateOnly.TryParseExact(text.Length >= 10 ? text[..10] : text, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (!a.TryGetProperty("publicationYear", out var year)) return null;
        var y = year.ValueKind == JsonValueKind.Number ? year.GetInt32()
            : int.TryParse(year.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return y is >= 1000 and <= 2999 ? new DateOnly(y, 1, 1) : null;
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && string.Join(' ', value.GetString()!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } text ? text : null;
}
