using System.Globalization;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Bench;

/// <summary>
/// Writes a minimal Hugo site holding the same pages SiteGen builds from a content folder: one page per
/// paper (authors, topics, abstract, notes, five related papers by shared topics: Hugo's related content
/// matches index values, not text), a term page per topic and per author
/// (cards grouped by year), both taxonomy indexes, <c>/papers/</c> and a home page of the newest papers.
/// The layouts are in <c>bench/hugo/layouts</c>; only the content is generated. For the side-by-side
/// benchmark (bench/scale.sh), so both tools get the same collection.
/// </summary>
internal static class HugoSite
{
    public static int Write(string contentDir, string layoutsDir, string target)
    {
        var bag = new DiagnosticBag();
        var collection = SiteBuilder.Load(contentDir, bag, out _);
        if (collection is null || bag.HasErrors)
        {
            foreach (var d in bag.Sorted().Take(10)) Console.Error.WriteLine(d);
            return 1;
        }
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        CopyFolder(layoutsDir, Path.Combine(target, "layouts"));
        File.WriteAllText(Path.Combine(target, "hugo.toml"), $"""
            baseURL = "/"
            title = {Quote(collection.Site.Title)}
            disableKinds = ["RSS", "sitemap", "robotsTXT"]
            [taxonomies]
              topic = "topics"
              author = "authors"
            [related]
              threshold = 1
              includeNewer = true
              toLower = true
              [[related.indices]]
                name = "topics"
                weight = 100
            """);
        var papers = Path.Combine(target, "content", "papers");
        Directory.CreateDirectory(papers);
        File.WriteAllText(Path.Combine(papers, "_index.md"), "---\ntitle: All papers\n---\n");
        foreach (var paper in collection.Papers)
        {
            var sb = new StringBuilder("---\n")
                .Append("title: ").Append(Quote(paper.Title)).Append('\n')
                .Append("date: ").Append(paper.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
                .Append("authors: [").AppendJoin(", ", paper.Authors.Select(a => Quote(collection.AuthorBySlug[a].Name))).Append("]\n")
                .Append("topics: [").AppendJoin(", ", paper.Topics).Append("]\n");
            if (paper.Arxiv is { } arxiv) sb.Append("arxiv: ").Append(Quote(arxiv)).Append('\n');
            if (paper.Abstract is { } text) sb.Append("abstract: ").Append(Quote(text)).Append('\n');
            sb.Append("---\n").Append(Body(paper.SourcePath));
            File.WriteAllText(Path.Combine(papers, paper.Slug + ".md"), sb.ToString());
        }
        foreach (var topic in collection.Topics)
        {
            var folder = Path.Combine(target, "content", "topics", topic.Slug);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "_index.md"), $"---\ntitle: {Quote(topic.Title)}\n---\n{topic.Description}\n");
        }
        return 0;
    }

    // The entry's Markdown notes as written, for Hugo to render as SiteGen does.
    private static string Body(string entryFile)
    {
        var text = File.ReadAllText(entryFile);
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return end < 0 ? "" : text[(end + 5)..];
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
