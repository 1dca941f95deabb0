using System.Text.Json;

namespace SiteGen.Tests;

/// <summary>The listing the seed site was made from (Fixtures/seed-site/seed-papers.json), read independently of SiteGen to check what it built.</summary>
internal static class SeedData
{
    public sealed record SeedPaper(string Title, string ArxivId, IReadOnlyList<string> Authors);

    public static readonly IReadOnlyList<SeedPaper> Papers = Load();

    private static List<SeedPaper> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedSite.Folder, "seed-papers.json")));
        return [.. json.RootElement.GetProperty("papers").EnumerateArray().Select(p => new SeedPaper(
            // The listing keeps LaTeX ("--", "$Δ$"); the seed site's entries are typeset as a BibTeX reader would.
            p.GetProperty("title").GetString()!.Replace(" -- ", " – ").Replace("$", ""),
            p.GetProperty("arxiv_id").GetString()!,
            p.GetProperty("authors").ValueKind == JsonValueKind.Array
                ? [.. p.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!)]
                : []))];
    }
}
