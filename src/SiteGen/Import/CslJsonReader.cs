using System.Globalization;
using System.Text;
using System.Text.Json;
using SiteGen.Bibtex;
using SiteGen.Diagnostics;

namespace SiteGen.Import;

/// <summary>
/// Reads CSL-JSON (an array of Citation Style Language items, as Zotero, Mendeley and citation-js export it; a single
/// item is read too) into records for <see cref="BibtexImporter"/>: <c>title</c>, <c>author</c> (else <c>editor</c>;
/// <c>family</c>/<c>given</c> or <c>literal</c>), <c>issued</c> (date parts or <c>raw</c>), <c>container-title</c>,
/// <c>DOI</c>, <c>URL</c>, <c>abstract</c>, <c>keyword</c>, and <c>note</c>/<c>number</c> where an arXiv id may be.
/// Each item is located at the line of its opening brace.
/// </summary>
public static class CslJsonReader
{
    /// <param name="path">How diagnostics name the file.</param>
    public static IReadOnlyList<BibtexEntry> Read(string path, string text, DiagnosticBag bag)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var records = new List<BibtexEntry>();
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == '\n') lineStarts.Add(i + 1);
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read()) return records;
            var single = reader.TokenType == JsonTokenType.StartObject;
            if (!single && reader.TokenType != JsonTokenType.StartArray)
            {
                bag.Error(path, SourcePosition.Start, DiagnosticCode.Bibtex, "CSL-JSON must be an array of items ([{\"title\": ...}]) or one item");
                return records;
            }
            while (single || reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndArray) break;
                var at = Position(bytes, lineStarts, (int)reader.TokenStartIndex);
                using var item = JsonDocument.ParseValue(ref reader);
                if (item.RootElement.ValueKind == JsonValueKind.Object) records.Add(Record(path, at, item.RootElement));
                else bag.Warning(path, at, DiagnosticCode.Bibtex, "an item of a CSL-JSON array must be an object; skipped");
                if (single) break;
            }
        }
        catch (JsonException ex)
        {
            var at = new SourcePosition((int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            bag.Error(path, at, DiagnosticCode.Bibtex, $"not valid JSON: {ex.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}; the items after this point were not read");
        }
        return records;
    }

    private static BibtexEntry Record(string path, SourcePosition at, JsonElement item)
    {
        var type = Text(item, "type");
        var record = new ForeignRecord(type is "article-journal" ? "article" : type is "paper-conference" ? "inproceedings" : "misc",
            Text(item, "id") ?? Text(item, "citation-key") ?? $"line{at.Line}", path, at);
        record.Text("title", Text(item, "title"), at);
        record.Names("author", Names(item, "author"), at);
        record.Names("editor", Names(item, "editor"), at);
        record.Raw("date", DateOf(item, "issued"), at);
        // citation-js reads a RIS conference paper's proceedings as event-title.
        record.Text("journal", Text(item, "container-title") ?? Text(item, "event-title"), at);
        record.Raw("doi", Text(item, "DOI"), at);
        record.Raw("url", Text(item, "URL"), at);
        record.Text("abstract", Text(item, "abstract"), at);
        record.Text("keywords", Text(item, "keyword"), at);
        // Zotero and citation-js carry an arXiv id in note ("arXiv:2501.00042") or as number of an arXiv publisher.
        var arxiv = Text(item, "publisher") is "arXiv" && Text(item, "number") is { } number ? "arXiv:" + number : null;
        record.Raw("note", string.Join(" ", new[] { Text(item, "note"), arxiv }.OfType<string>()), at);
        return record.Entry();
    }

    private static IEnumerable<(string Family, string? Given)> Names(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array) yield break;
        foreach (var person in list.EnumerateArray())
        {
            if (Text(person, "literal") is { } literal) yield return (literal, null);
            else if (Text(person, "family") is { } family)
                yield return (string.Join(' ', new[] { Text(person, "non-dropping-particle"), family, Text(person, "suffix") }.OfType<string>()), Text(person, "given"));
        }
    }

    /// <summary><c>{"date-parts": [[2020, 5, 1]]}</c> or <c>{"raw": "2020-05-01"}</c> as <c>YYYY[-MM[-DD]]</c>.</summary>
    private static string? DateOf(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var date) || date.ValueKind != JsonValueKind.Object) return null;
        if (date.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0
            && parts[0].ValueKind == JsonValueKind.Array)
        {
            var numbers = parts[0].EnumerateArray()
                .Select(p => p.ValueKind == JsonValueKind.Number ? p.GetInt32() : int.TryParse(p.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .TakeWhile(n => n > 0).ToList();
            return numbers.Count == 0 ? null : string.Join('-', numbers.Select((n, i) => i == 0 ? n.ToString(CultureInfo.InvariantCulture) : n.ToString("00", CultureInfo.InvariantCulture)));
        }
        return Text(date, "raw");
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s : null,
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static SourcePosition Position(byte[] bytes, List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourcePosition(line + 1, Encoding.UTF8.GetCharCount(bytes, lineStarts[line], offset - lineStarts[line]) + 1);
    }
}
