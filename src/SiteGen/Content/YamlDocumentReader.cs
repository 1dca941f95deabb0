using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Tokens = YamlDotNet.Core.Tokens;

namespace SiteGen.Content;

/// <summary>
/// Parses front matter (or a whole <c>site.yml</c>) from YamlDotNet's event stream into a
/// <see cref="FrontMatter"/>. Building the tree ourselves, without recursion, is what makes any input
/// safe: nesting is capped at <see cref="MaxDepth"/>, anchors, aliases and custom tags are refused
/// before anything could expand them, and every exception the scanner throws becomes a diagnostic.
/// </summary>
internal static partial class YamlDocumentReader
{
    /// <summary>Front matter is a few flat fields; a site's settings nest two levels. Deeper is a mistake or an attack.</summary>
    public const int MaxDepth = 16;

    /// <param name="lineOffset">How many file lines come before the YAML text.</param>
    /// <returns>The mapping, or null when the text is not a usable YAML mapping (reported in <paramref name="bag"/>).</returns>
    public static FrontMatter? Read(string path, string yaml, int lineOffset, DiagnosticBag bag)
    {
        var lines = yaml.Split('\n');
        var builder = new TreeBuilder(path, lines, CommentedScalars(yaml), lineOffset, bag);
        var parser = new Parser(new Scanner(new StringReader(yaml)));
        try
        {
            while (parser.MoveNext())
            {
                if (!builder.Accept(parser.Current!)) return null;
            }
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException as YamlException ?? ex;
            var message = MarkPrefix().Replace(inner.Message, "");
            var at = builder.At(inner.Start);
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndent(lines, (int)inner.Start.Line) is { } tab)
            {
                bag.Error(path, new SourcePosition(tab.Line + lineOffset, tab.Column), DiagnosticCode.Yaml,
                    "a tab indents this line; YAML indentation must be spaces");
                return null;
            }
            bag.Error(path, at, DiagnosticCode.Yaml, $"invalid YAML: {message.TrimEnd('.')} (a value holding : # [ ] {{ }} & * ! | > @ or quotes can be written in double quotes)");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws without a position on some unclosed flow collections.
            var (at, message) = builder.Unclosed() is { } open
                ? (open.At, $"this '{open.Bracket}' is never closed; close it or quote the value")
                : (builder.LastPosition, "invalid YAML here");
            bag.Error(path, at, DiagnosticCode.Yaml, message);
            return null;
        }
        return builder.Result();
    }

    /// <summary>
    /// Where an unquoted value is followed by a comment on its line (YAML's 1-based line and column of the value).
    /// Found by the scanner alone: YamlDotNet's parser mis-reads some documents when it is given comments.
    /// </summary>
    private static HashSet<(long Line, long Column)> CommentedScalars(string yaml)
    {
        var found = new HashSet<(long, long)>();
        var scanner = new Scanner(new StringReader(yaml), skipComments: false);
        Tokens.Token? previous = null;
        var depth = 0;
        try
        {
            // Deeper than the parse goes is not worth scanning: YamlDotNet's scanner slows down with depth.
            // After a syntax error it returns Error tokens forever instead of throwing, so stop at the first.
            while (depth <= MaxDepth && scanner.MoveNext() && scanner.Current is not Tokens.Error)
            {
                var token = scanner.Current!;
                depth += token switch
                {
                    Tokens.FlowSequenceStart or Tokens.FlowMappingStart or Tokens.BlockSequenceStart or Tokens.BlockMappingStart => 1,
                    Tokens.FlowSequenceEnd or Tokens.FlowMappingEnd or Tokens.BlockEnd => -1,
                    _ => 0,
                };
                if (token is Tokens.Comment { IsInline: true } && previous is Tokens.Scalar { Style: ScalarStyle.Plain } value)
                    found.Add((value.Start.Line, value.Start.Column));
                previous = token;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // The parse that follows reports the problem at its place.
        }
        return found;
    }

    /// <summary>The first line from <paramref name="fromLine"/> on whose indentation holds a tab, with the tab's column.</summary>
    private static (int Line, int Column)? TabIndent(string[] lines, int fromLine)
    {
        for (var i = Math.Max(0, fromLine - 2); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }
        return null;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; we print our own.
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();

    /// <summary>Turns parsing events into <see cref="YamlValue"/>s with an explicit stack instead of recursion.</summary>
    private sealed class TreeBuilder(string path, string[] lines, HashSet<(long Line, long Column)> commented, int lineOffset, DiagnosticBag bag)
    {
        private sealed class Frame(bool isMap, SourcePosition at, char bracket)
        {
            public readonly bool IsMap = isMap;
            public readonly SourcePosition At = at;
            /// <summary>'[' or '{' for a flow collection, which must be closed on the same terms; else '\0'.</summary>
            public readonly char Bracket = bracket;
            public readonly List<YamlValue> Items = [];
            public readonly List<(YamlScalar, YamlValue)> Entries = [];
            public readonly Dictionary<string, SourcePosition> Keys = new(StringComparer.Ordinal);
            public YamlScalar? PendingKey;
            public bool SkipValue;
        }

        private readonly Stack<Frame> _open = new();
        private YamlValue? _root;
        private int _documents;
        private bool _failed;
        // Anchors, aliases and tags are each reported once per document, with a count: an alias bomb is one mistake.
        private readonly Dictionary<string, (SourcePosition At, string Message, int Count)> _refused = new(StringComparer.Ordinal);

        public SourcePosition LastPosition { get; private set; } = new(1 + lineOffset, 1);

        public SourcePosition At(Mark mark) => new((int)mark.Line + lineOffset, (int)mark.Column);

        public (SourcePosition At, char Bracket)? Unclosed() =>
            _open.FirstOrDefault(f => f.Bracket != '\0') is { } f ? (f.At, f.Bracket) : null;

        /// <summary>Takes one event; false stops parsing (the problem is reported).</summary>
        public bool Accept(ParsingEvent e)
        {
            var at = At(e.Start);
            LastPosition = at;
            if (e is NodeEvent node) CheckProperties(node, at);
            switch (e)
            {
                case DocumentStart when ++_documents > 1:
                    bag.Error(path, at, DiagnosticCode.Yaml, "a second YAML document starts here; only one is read, so remove this '---' or move what follows");
                    return false;
                case AnchorAlias alias:
                    Refuse("alias", at, $"'*{alias.Value}' is a YAML alias; front matter does not use anchors and aliases, so write the value out (or quote it if the '*' is text)");
                    Add(new YamlScalar("", true, at));
                    return true;
                case Scalar scalar:
                    var plain = scalar.Style == ScalarStyle.Plain;
                    Add(new YamlScalar(scalar.Value, plain, at, plain && commented.Contains((e.Start.Line, e.Start.Column)) ? Uncut(at) : null));
                    return true;
                case MappingStart map:
                    return Push(new Frame(true, at, map.Style == MappingStyle.Flow ? '{' : '\0'));
                case SequenceStart seq:
                    return Push(new Frame(false, at, seq.Style == SequenceStyle.Flow ? '[' : '\0'));
                case MappingEnd or SequenceEnd:
                    var done = _open.Pop();
                    Add(done.IsMap ? new YamlMap([.. done.Entries], done.At) : new YamlList([.. done.Items], done.At));
                    return true;
                default:
                    return true;
            }
        }

        public FrontMatter? Result()
        {
            foreach (var (at, message, count) in _refused.Values)
                bag.Error(path, at, DiagnosticCode.Yaml, count == 1 ? message : $"{message} ({count - 1} more like it in this file)");
            if (_failed) return null;
            switch (_root)
            {
                case null:
                    return new FrontMatter(path, new YamlMap([], new SourcePosition(1 + lineOffset, 1)));
                case YamlMap map:
                    return new FrontMatter(path, map);
                case YamlScalar { IsNull: true } empty:
                    return new FrontMatter(path, new YamlMap([], empty.At));
                default:
                    bag.Error(path, _root.At, DiagnosticCode.Yaml, "front matter must be a mapping of keys to values (key: value on each line)");
                    return null;
            }
        }

        private bool Push(Frame frame)
        {
            if (_open.Count >= MaxDepth)
            {
                bag.Error(path, frame.At, DiagnosticCode.Yaml, $"values nest more than {MaxDepth} levels deep here; front matter holds flat fields");
                return false;
            }
            _open.Push(frame);
            return true;
        }

        /// <summary>Anchors and custom tags make YAML drop characters the writer meant as text: refuse them.</summary>
        private void CheckProperties(NodeEvent node, SourcePosition at)
        {
            if (!node.Anchor.IsEmpty)
                Refuse("anchor", at, $"'&{node.Anchor.Value}' is a YAML anchor, which front matter does not use; quote the value if the '&' is text");
            if (!node.Tag.IsEmpty && !node.Tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) && node.Tag.Value != "!")
                Refuse("tag", at, $"'{node.Tag.Value}' is a YAML tag, which front matter does not use; quote the value if the '!' is text");
        }

        private void Refuse(string kind, SourcePosition at, string message)
        {
            _failed = true;
            _refused[kind] = _refused.TryGetValue(kind, out var first) ? first with { Count = first.Count + 1 } : (at, message, 1);
        }

        /// <summary>Adds a finished value to the open collection, as a list item, a key, or a key's value.</summary>
        private void Add(YamlValue value)
        {
            if (!_open.TryPeek(out var top))
            {
                _root ??= value;
                return;
            }
            if (!top.IsMap)
            {
                top.Items.Add(value);
                return;
            }
            if (top.PendingKey is null && !top.SkipValue)
            {
                if (value is YamlScalar key)
                {
                    if (top.Keys.TryGetValue(key.Value, out var first))
                    {
                        bag.Error(path, key.At, DiagnosticCode.Yaml, $"'{key.Value}' is given twice (first on line {first.Line}); keep one");
                        _failed = true;
                        top.SkipValue = true;
                    }
                    else
                    {
                        top.Keys[key.Value] = key.At;
                        top.PendingKey = key;
                    }
                }
                else
                {
                    bag.Error(path, value.At, DiagnosticCode.Yaml, "a key must be text, not a list or mapping");
                    _failed = true;
                    top.SkipValue = true;
                }
                return;
            }
            if (top.SkipValue)
            {
                top.SkipValue = false;
                return;
            }
            top.Entries.Add((top.PendingKey!, value));
            top.PendingKey = null;
        }

        /// <summary>The rest of the value's line as written, from the value on.</summary>
        private string Uncut(SourcePosition at)
        {
            var line = lines[at.Line - lineOffset - 1];
            return line[Math.Min(line.Length, at.Column - 1)..].TrimEnd();
        }
    }
}
