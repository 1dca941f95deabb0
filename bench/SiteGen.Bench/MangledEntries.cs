using System.Text;
using CsCheck;

namespace SiteGen.Bench;

/// <summary>
/// A small grammar of broken paper entries, for the property test (tests/SiteGen.Tests/MangledContentTests.cs)
/// and the benchmark (bench/mangled.sh): front matter with unbalanced brackets and quotes, tabs,
/// anchors and aliases, deep nesting, control characters, invalid UTF-8, very long lines and long runs of
/// Markdown's special characters; and bodies with the same in Markdown and raw HTML.
/// </summary>
public static class MangledEntries
{
    /// <summary>Stands for a byte that is not UTF-8 (0xFF); <see cref="ToBytes"/> puts the byte in.</summary>
    public const char InvalidByte = '\uE000';

    /// <summary>The topic every generated entry names; a collection must have it.</summary>
    public const string Topic = "mangled";

    private static readonly Gen<int> Small = Gen.Int[1, 40];
    // Mostly short runs, sometimes the very long ones that found crashes and slow paths.
    private static readonly Gen<int> Run = Gen.Frequency((6, Gen.Int[1, 60]), (3, Gen.Int[60, 3000]), (1, Gen.Int[3000, 25000]));
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcxyzé日 -"], 1, 12];

    private static readonly Gen<string> GoodLine = Gen.OneOf(
        Word.Select(w => $"title: \"Paper {w.Replace("\"", "")}\""),
        Gen.Const("authors: [Ann Example, Bo Example]"),
        Gen.Const("date: 2025-01-01"),
        Gen.Const($"topics: [{Topic}]"),
        Word.Select(w => $"venue: {w}"),
        Gen.Const("arxiv: \"2501.00001\""));

    private static readonly Gen<string> BadLine = Gen.OneOf(
        Gen.OneOf(
            "x: [unclosed, list", "x: {a: b", "x: &a [*a]", "\t- tabbed", "authors:\n\t- Tab Example",
            "title: Zephyr #1 Decoder for C# Runtimes", "title: Null", "title: ~", "date: ~", "authors:", "topics: []",
            "x: \"unterminated", "x: 'single", "title: !important value", "key: value: other", "- stray item",
            "? complex key", "%YAML 1.2", "title: @scale", "title: `tick", "x: |\n  block\n text", "x: >-",
            "date: 2025-13-40", "arxiv: 2501.0001", "doi: http://doi.org/10.1/x", "url: javascript:alert(1)",
            "...", "title: \"a\" \"b\"", "[a, b]: c", "title: x\ntitle: y", "a: &x 1\nb: *x", "<<: *base",
            "x: \u0001\u0002", "title: \u0085next", "x: \uFFFE", $"title: caf{InvalidByte}", "authors: [\"Ann\", [nested]]",
            "topics: {a: b}", "date: [2025]", "upvotes: many", "\u00A0title: nbsp"),
        Run.Select(n => "x: " + new string('[', n)),
        Run.Select(n => "x: " + new string('[', n) + new string(']', n)),
        Run.Select(n => "x: " + new string('{', n)),
        Run.Select(n => "title: " + new string('a', n * 4)),
        Gen.Select(Gen.Char["*_[<#&!|>'\"`{}%@:-"], Run, (c, n) => "title: " + new string(c, n)),
        Small.Select(n => string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', i * 2) + "- x\n")).TrimEnd()));

    private static readonly Gen<string> BodyPiece = Gen.OneOf(
        Gen.OneOf(
            "Plain notes.", "<!-- reviewer-only -->", "<script>alert(1)</script>", "[x](/papers/nope/)",
            "![i](javascript:alert(1))", "<a href=\"/topics/x/\">t</a>", "| a | b |\n|---|---|\n| 1 | 2 |", "&#0;",
            "\u0000", "<details><summary>s</summary>d</details>", "```\nunclosed fence", "$$ math", "[^1]: note"),
        Run.Select(n => string.Concat(Enumerable.Repeat("> ", n)) + "quote"),
        Run.Select(n => string.Concat(Enumerable.Repeat("[a", n))),
        Run.Select(n => string.Concat(Enumerable.Repeat("<div>", n))),
        Gen.Select(Gen.Char["*_[<`~>#|\\!(:"], Run, (c, n) => new string(c, n)),
        Small.Select(n => string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', i * 2) + "- item\n"))),
        Run.Select(n => string.Concat(Enumerable.Repeat("*a ", n))));

    /// <summary>An entry whose front matter is mangled (its body is plain).</summary>
    public static readonly Gen<string> BadFrontMatter =
        Gen.Select(GoodLine.Array[0, 6], BadLine.Array[1, 3], Gen.Int[0, 9], (good, bad, fence) =>
        {
            // Good lines with distinct keys, so most entries get past "given twice" to the deeper checks.
            var lines = good.DistinctBy(l => l.Split(':')[0]).Concat(bad).ToList();
            var yaml = string.Join('\n', lines);
            // Now and then a fence is missing or doubled.
            return fence switch
            {
                0 => yaml + "\n---\nNotes.\n",
                1 => "---\n" + yaml + "\nNotes.\n",
                2 => "---\n---\n" + yaml + "\n---\n",
                _ => "---\n" + yaml + "\n---\nNotes.\n",
            };
        });

    /// <summary>An entry with valid front matter and a mangled Markdown body.</summary>
    public static readonly Gen<string> BadBody =
        Gen.Select(Word, BodyPiece.Array[1, 4], (word, pieces) =>
            $"---\ntitle: \"Body {word.Replace("\"", "")}\"\nauthors: [Ann Example]\ndate: 2025-01-01\ntopics: [{Topic}]\n---\n" +
            string.Join("\n\n", pieces) + "\n");

    /// <summary>The file's bytes, with <see cref="InvalidByte"/> as a byte that is not UTF-8.</summary>
    public static byte[] ToBytes(string entry)
    {
        var parts = entry.Split(InvalidByte);
        var bytes = new List<byte>(entry.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) bytes.Add(0xFF);
            bytes.AddRange(Encoding.UTF8.GetBytes(parts[i]));
        }
        return [.. bytes];
    }

    /// <summary>A content folder: <c>site.yml</c>, the one topic, and the entries as <c>papers/2025/e{n}.md</c>.</summary>
    public static void Write(string content, IReadOnlyList<string> entries)
    {
        Directory.CreateDirectory(Path.Combine(content, "papers", "2025"));
        Directory.CreateDirectory(Path.Combine(content, "topics"));
        File.WriteAllText(Path.Combine(content, "site.yml"), "title: Mangled\nbase_url: /\n");
        File.WriteAllText(Path.Combine(content, "topics", Topic + ".md"), "---\ntitle: Mangled\n---\n");
        for (var i = 0; i < entries.Count; i++)
            File.WriteAllBytes(Path.Combine(content, "papers", "2025", $"e{i:D4}.md"), ToBytes(entries[i]));
    }
}
