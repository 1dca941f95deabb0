using System.Globalization;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// The YAML mapping at the top of an entry (or a whole <c>site.yml</c>), with typed getters that
/// report problems at the value's real line and column in the file instead of throwing.
/// </summary>
public sealed class FrontMatter
{
    private readonly YamlMap _map;

    internal FrontMatter(string path, YamlMap map)
    {
        Path = path;
        _map = map;
    }

    public string Path { get; }

    /// <summary>Where the mapping starts: problems about a missing key point here.</summary>
    public SourcePosition Start => _map.At;

    /// <summary>Every key in file order, with where it is written.</summary>
    public IEnumerable<(string Key, SourcePosition At)> Keys => _map.Entries.Select(e => (e.Key.Value, e.Key.At));

    public bool Has(string key) => Node(key) is not null;

    /// <summary>Whether the key is present with something other than YAML's empty value (<c>~</c>, <c>null</c>, nothing).</summary>
    public bool HasValue(string key) => Node(key) is { } node && node is not YamlScalar { IsNull: true };

    public SourcePosition PositionOf(string key) =>
        Node(key) is { } node ? node.At : Start;

    /// <summary>A text value; null when absent or empty. A list or mapping is reported.</summary>
    /// <param name="prose">
    /// The value is free text (a title, a name), where <c> #</c> is more likely part of the text than a comment:
    /// a comment after its unquoted value is reported, because YAML silently cut the value there.
    /// </param>
    public string? Text(string key, DiagnosticBag bag, bool prose = false)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlScalar scalar:
                if (prose) WarnIfCut($"'{key}'", scalar, bag);
                return scalar.IsNull ? null : scalar.Value.Trim() is { Length: > 0 } s ? s : null;
            case var other:
                bag.Error(Path, other.At, DiagnosticCode.Type, $"'{key}' must be text, not a {Kind(other)}");
                return null;
        }
    }

    /// <summary>
    /// A list of text values with their positions; a single text value counts as a list of one.
    /// Null when the key is absent.
    /// </summary>
    /// <param name="prose">The items are free text, such as names: see <see cref="Text"/>.</param>
    public IReadOnlyList<(string Value, SourcePosition At)>? List(string key, DiagnosticBag bag, bool prose = false)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlScalar scalar:
                if (prose) WarnIfCut($"'{key}'", scalar, bag);
                return scalar.IsNull ? [] : [(scalar.Value.Trim(), scalar.At)];
            case YamlList sequence:
                var items = new List<(string, SourcePosition)>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } text && !string.IsNullOrWhiteSpace(text.Value))
                    {
                        if (prose) WarnIfCut($"an item of '{key}'", text, bag);
                        items.Add((text.Value.Trim(), item.At));
                    }
                    else
                    {
                        bag.Error(Path, item.At, DiagnosticCode.Type, $"each item of '{key}' must be non-empty text");
                    }
                }
                return items;
            case var other:
                bag.Error(Path, other.At, DiagnosticCode.Type, $"'{key}' must be a list, not a {Kind(other)}");
                return [];
        }
    }

    /// <summary>
    /// A list whose items are text or mappings, with their positions; a single text value counts as a list of one.
    /// Null when the key is absent; an item of another kind (a list, an empty value) is reported and left out.
    /// </summary>
    /// <param name="prose">Text items are free text, such as names: see <see cref="Text"/>.</param>
    public IReadOnlyList<FrontMatterItem>? Items(string key, DiagnosticBag bag, bool prose = false)
    {
        if (Node(key) is not YamlList sequence)
            return List(key, bag, prose)?.Select(t => new FrontMatterItem(t.Value, null, t.At)).ToList();
        var items = new List<FrontMatterItem>();
        foreach (var item in sequence.Items)
        {
            switch (item)
            {
                case YamlMap map:
                    items.Add(new FrontMatterItem(null, new FrontMatter(Path, map), item.At));
                    break;
                case YamlScalar { IsNull: false } text when !string.IsNullOrWhiteSpace(text.Value):
                    if (prose) WarnIfCut($"an item of '{key}'", text, bag);
                    items.Add(new FrontMatterItem(text.Value.Trim(), null, item.At));
                    break;
                default:
                    bag.Error(Path, item.At, DiagnosticCode.Type, $"each item of '{key}' must be non-empty text or a mapping");
                    break;
            }
        }
        return items;
    }

    /// <summary>
    /// Reports a required key that gave no value: at the mapping's start when it is absent, or at the
    /// value when YAML read it as empty (<c>title: Null</c>, <c>title: ~</c>, <c>title:</c>). Says nothing
    /// when the value is present but of the wrong kind, which its getter already reported.
    /// </summary>
    /// <param name="what">What the key should hold, for the message ("the paper's title").</param>
    public void ReportMissing(string key, string what, DiagnosticBag bag)
    {
        switch (Node(key))
        {
            case null:
                bag.Error(Path, Start, DiagnosticCode.Required, $"missing required field '{key}' ({what})");
                break;
            case YamlScalar { IsNull: true } empty:
                var written = empty.Value.Length == 0 ? "nothing" : $"'{empty.Value}'";
                var hint = empty.Value.Length == 0 || !empty.Value.All(char.IsAsciiLetter) ? "" : $"; if it really is the text {empty.Value}, quote it: {key}: \"{empty.Value}\"";
                bag.Error(Path, empty.At, DiagnosticCode.Required, $"'{key}' has no value: YAML reads {written} as empty ({what}){hint}");
                break;
            case YamlScalar { Value: var text } scalar when string.IsNullOrWhiteSpace(text):
                bag.Error(Path, scalar.At, DiagnosticCode.Required, $"'{key}' is blank ({what})");
                break;
        }
    }

    /// <summary>A calendar date written as YYYY-MM-DD.</summary>
    public DateOnly? Date(string key, DiagnosticBag bag)
    {
        var text = Text(key, bag);
        return text is null ? null : ParseDate($"'{key}'", text, PositionOf(key), bag);
    }

    /// <summary>One date or a list of dates, each YYYY-MM-DD, with their positions; a bad one is reported and left out.</summary>
    public IReadOnlyList<(DateOnly Date, SourcePosition At)> Dates(string key, DiagnosticBag bag) =>
    [
        .. (List(key, bag) ?? [])
            .Select(item => (Date: ParseDate($"an item of '{key}'", item.Value, item.At, bag), item.At))
            .Where(d => d.Date is not null)
            .Select(d => (d.Date!.Value, d.At)),
    ];

    private DateOnly? ParseDate(string what, string text, SourcePosition at, DiagnosticBag bag)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        bag.Error(Path, at, DiagnosticCode.Date, $"{what} is not a date: \"{text}\" (write it as YYYY-MM-DD)");
        return null;
    }

    /// <summary>A whole number of at least <paramref name="min"/>; null (and an error) when it is not one, null when absent.</summary>
    public int? Integer(string key, DiagnosticBag bag, int min = int.MinValue)
    {
        var text = Text(key, bag);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            bag.Error(Path, PositionOf(key), DiagnosticCode.Type, $"'{key}' must be a whole number, not \"{text}\"");
        else if (value < min)
            bag.Error(Path, PositionOf(key), DiagnosticCode.Type, $"'{key}' must be at least {min}, not {value}");
        else
            return value;
        return null;
    }

    /// <summary>A true/false value; null when absent.</summary>
    public bool? Boolean(string key, DiagnosticBag bag)
    {
        var text = Text(key, bag);
        if (text is null) return null;
        if (text is "true" or "True" or "yes") return true;
        if (text is "false" or "False" or "no") return false;
        bag.Error(Path, PositionOf(key), DiagnosticCode.Type, $"'{key}' must be true or false, not \"{text}\"");
        return null;
    }

    /// <summary>A nested mapping with the same typed getters; null when absent (a value that is not a mapping is reported).</summary>
    public FrontMatter? Section(string key, DiagnosticBag bag)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlMap map:
                return new FrontMatter(Path, map);
            case YamlScalar { IsNull: true }:
                return null;
            case var other:
                bag.Error(Path, other.At, DiagnosticCode.Type, $"'{key}' must be a mapping, not a {Kind(other)}");
                return null;
        }
    }

    /// <summary>
    /// A list of mappings (such as a path's <c>steps</c>), each with the same typed getters; empty when the key is
    /// absent. An item that is not a mapping, or a value that is not a list, is reported and left out.
    /// </summary>
    public IReadOnlyList<FrontMatter> Sections(string key, DiagnosticBag bag)
    {
        switch (Node(key))
        {
            case null or YamlScalar { IsNull: true }:
                return [];
            case YamlList list:
                var sections = new List<FrontMatter>();
                foreach (var item in list.Items)
                {
                    if (item is YamlMap map) sections.Add(new FrontMatter(Path, map));
                    else bag.Error(Path, item.At, DiagnosticCode.Type, $"each item of '{key}' must be a mapping, not a {Kind(item)}");
                }
                return sections;
            case var other:
                bag.Error(Path, other.At, DiagnosticCode.Type, $"'{key}' must be a list, not a {Kind(other)}");
                return [];
        }
    }

    /// <summary>Every key of this mapping with its text value, in file order; a value that is not text is reported and left out.</summary>
    public IReadOnlyList<(string Key, string Value, SourcePosition At)> TextPairs(DiagnosticBag bag) => Pairs(_map, "this file", bag);

    /// <summary>A mapping of text to text (for example author aliases).</summary>
    public IReadOnlyList<(string Key, string Value, SourcePosition At)> Map(string key, DiagnosticBag bag)
    {
        switch (Node(key))
        {
            case null:
                return [];
            case YamlMap map:
                return Pairs(map, $"'{key}'", bag);
            case var other:
                bag.Error(Path, other.At, DiagnosticCode.Type, $"'{key}' must be a mapping, not a {Kind(other)}");
                return [];
        }
    }

    private List<(string, string, SourcePosition)> Pairs(YamlMap map, string what, DiagnosticBag bag)
    {
        var pairs = new List<(string, string, SourcePosition)>();
        foreach (var (k, v) in map.Entries)
        {
            if (v is YamlScalar { IsNull: false } value)
                pairs.Add((k.Value, value.Value, k.At));
            else
                bag.Error(Path, v.At, DiagnosticCode.Type, $"each entry of {what} must map text to text");
        }
        return pairs;
    }

    /// <summary>A value as plain .NET data (text, list, dictionary) for keys SiteGen does not know.</summary>
    public object? Plain(string key) => Node(key) is { } node ? ToPlain(node) : null;

    // Bounded: the reader never builds values deeper than YamlDocumentReader.MaxDepth.
    private static object? ToPlain(YamlValue node) => node switch
    {
        YamlScalar s => s.IsNull ? null : s.Value,
        YamlList list => list.Items.Select(ToPlain).ToList(),
        YamlMap map => map.Entries.ToDictionary(e => e.Key.Value, e => ToPlain(e.Value), StringComparer.Ordinal),
        _ => null,
    };

    private YamlValue? Node(string key) => _map[key];

    private static string Kind(YamlValue node) => node switch
    {
        YamlList => "list",
        YamlMap => "mapping",
        _ => "value",
    };

    /// <summary>
    /// <c>title: Zephyr #1 Decoder</c> is the title "Zephyr" to YAML: the rest is a comment. Say so, with the
    /// quoted form, since a title rarely carries a comment but often carries a '#'.
    /// </summary>
    private void WarnIfCut(string what, YamlScalar scalar, DiagnosticBag bag)
    {
        if (scalar.Uncut is not { } uncut) return;
        var whole = uncut.Replace("\\", "\\\\").Replace("\"", "\\\"");
        bag.Warning(Path, scalar.At, DiagnosticCode.Comment,
            $"YAML reads everything from ' #' on as a comment, so {what} is just \"{scalar.Value}\"; if the rest belongs to it, " +
            $"quote the whole value: \"{whole}\" (a real comment goes on a line of its own)");
    }
}
