using System.Globalization;
using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>
/// The YAML mapping at the top of an entry (or a whole <c>site.yml</c>), with typed getters that
/// report problems at the value's real line and column in the file instead of throwing.
/// </summary>
public sealed class FrontMatter
{
    private readonly YamlMappingNode _map;
    private readonly int _lineOffset;

    internal FrontMatter(string path, YamlMappingNode map, int lineOffset)
    {
        Path = path;
        _map = map;
        _lineOffset = lineOffset;
    }

    public string Path { get; }

    /// <summary>Where the mapping starts: problems about a missing key point here.</summary>
    public SourcePosition Start => At(_map.Start);

    /// <summary>Every key in file order, with where it is written.</summary>
    public IEnumerable<(string Key, SourcePosition At)> Keys =>
        _map.Children.Keys.OfType<YamlScalarNode>().Select(k => (k.Value ?? "", At(k.Start)));

    public bool Has(string key) => Node(key) is not null;

    public SourcePosition PositionOf(string key) =>
        Node(key) is { } node ? At(node.Start) : Start;

    /// <summary>A text value; null when absent or empty. A list or mapping is reported.</summary>
    public string? Text(string key, DiagnosticBag bag)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return IsNull(scalar) ? null : scalar.Value!.Trim() is { Length: > 0 } s ? s : null;
            case var other:
                bag.Error(Path, At(other.Start), "type", $"'{key}' must be text, not a {Kind(other)}");
                return null;
        }
    }

    /// <summary>
    /// A list of text values with their positions; a single text value counts as a list of one.
    /// Null when the key is absent.
    /// </summary>
    public IReadOnlyList<(string Value, SourcePosition At)>? List(string key, DiagnosticBag bag)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return IsNull(scalar) ? [] : [(scalar.Value!.Trim(), At(scalar.Start))];
            case YamlSequenceNode sequence:
                var items = new List<(string, SourcePosition)>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                        items.Add((v.Trim(), At(item.Start)));
                    else
                        bag.Error(Path, At(item.Start), "type", $"each item of '{key}' must be non-empty text");
                }
                return items;
            case var other:
                bag.Error(Path, At(other.Start), "type", $"'{key}' must be a list, not a {Kind(other)}");
                return [];
        }
    }

    /// <summary>A calendar date written as YYYY-MM-DD.</summary>
    public DateOnly? Date(string key, DiagnosticBag bag)
    {
        var text = Text(key, bag);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        bag.Error(Path, PositionOf(key), "date", $"'{key}' is not a date: \"{text}\" (write it as YYYY-MM-DD)");
        return null;
    }

    public int? Integer(string key, DiagnosticBag bag)
    {
        var text = Text(key, bag);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        bag.Error(Path, PositionOf(key), "type", $"'{key}' must be a whole number, not \"{text}\"");
        return null;
    }

    /// <summary>A true/false value; null when absent.</summary>
    public bool? Boolean(string key, DiagnosticBag bag)
    {
        var text = Text(key, bag);
        if (text is null) return null;
        if (text is "true" or "True" or "yes") return true;
        if (text is "false" or "False" or "no") return false;
        bag.Error(Path, PositionOf(key), "type", $"'{key}' must be true or false, not \"{text}\"");
        return null;
    }

    /// <summary>A nested mapping with the same typed getters; null when absent (a value that is not a mapping is reported).</summary>
    public FrontMatter? Section(string key, DiagnosticBag bag)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlMappingNode map:
                return new FrontMatter(Path, map, _lineOffset);
            case YamlScalarNode scalar when IsNull(scalar):
                return null;
            case var other:
                bag.Error(Path, At(other.Start), "type", $"'{key}' must be a mapping, not a {Kind(other)}");
                return null;
        }
    }

    /// <summary>A mapping of text to text (for example author aliases).</summary>
    public IReadOnlyList<(string Key, string Value, SourcePosition At)> Map(string key, DiagnosticBag bag)
    {
        switch (Node(key))
        {
            case null:
                return [];
            case YamlMappingNode map:
                var pairs = new List<(string, string, SourcePosition)>();
                foreach (var (k, v) in map.Children)
                {
                    if (k is YamlScalarNode { Value: { } ks } && v is YamlScalarNode { Value: { } vs })
                        pairs.Add((ks, vs, At(k.Start)));
                    else
                        bag.Error(Path, At(k.Start), "type", $"each entry of '{key}' must map text to text");
                }
                return pairs;
            case var other:
                bag.Error(Path, At(other.Start), "type", $"'{key}' must be a mapping, not a {Kind(other)}");
                return [];
        }
    }

    /// <summary>A value as plain .NET data (text, list, dictionary) for keys SiteGen does not know.</summary>
    public object? Plain(string key) => Node(key) is { } node ? ToPlain(node) : null;

    private static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode s => IsNull(s) ? null : s.Value,
        YamlSequenceNode seq => seq.Select(ToPlain).ToList(),
        YamlMappingNode map => map.Children
            .Where(p => p.Key is YamlScalarNode)
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? "", p => ToPlain(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    private YamlNode? Node(string key) =>
        _map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static bool IsNull(YamlScalarNode s) =>
        s.Style == ScalarStyle.Plain && (s.Value is null || s.Value is "" or "~" or "null" or "Null" or "NULL");

    private static string Kind(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };

    private SourcePosition At(Mark mark) => new((int)mark.Line + _lineOffset, (int)mark.Column);
}
