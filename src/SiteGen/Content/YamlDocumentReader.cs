using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>Parses YAML text into a <see cref="FrontMatter"/>, turning syntax errors into diagnostics.</summary>
internal static partial class YamlDocumentReader
{
    /// <param name="lineOffset">How many file lines come before the YAML text.</param>
    public static FrontMatter? Read(string path, string yaml, int lineOffset, DiagnosticBag bag)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException as YamlException ?? ex;
            var message = MarkPrefix().Replace(inner.Message, "");
            bag.Error(path, new SourcePosition((int)inner.Start.Line + lineOffset, (int)inner.Start.Column),
                "yaml", $"invalid YAML: {message}");
            return null;
        }

        if (stream.Documents.Count == 0)
            return new FrontMatter(path, new YamlMappingNode(), lineOffset);
        if (stream.Documents[0].RootNode is YamlMappingNode map)
            return new FrontMatter(path, map, lineOffset);

        var root = stream.Documents[0].RootNode;
        bag.Error(path, new SourcePosition((int)root.Start.Line + lineOffset, (int)root.Start.Column),
            "yaml", "front matter must be a mapping of keys to values");
        return null;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; we print our own.
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
