using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>Splits a Markdown file into its <c>---</c> fenced YAML front matter and its body.</summary>
internal static class EntryParser
{
    public static Entry? Parse(string path, string slug, string text, DiagnosticBag bag)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var first = lines.Length > 0 ? lines[0].TrimStart('\uFEFF').TrimEnd() : "";
        if (first != "---")
        {
            bag.Error(path, SourcePosition.Start, DiagnosticCode.FrontMatter,
                "missing front matter: the file must start with a line '---', then YAML fields, then '---'");
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            bag.Error(path, SourcePosition.Start, DiagnosticCode.FrontMatter,
                "front matter is not closed: add a line '---' after the YAML fields");
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        var fields = YamlDocumentReader.Read(path, yaml, lineOffset: 1, bag);
        if (fields is null) return null;

        var body = string.Join('\n', lines[(close + 1)..]);
        return new Entry(path, slug, fields, body, BodyLine: close + 2);
    }
}
