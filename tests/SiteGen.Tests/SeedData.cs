using System.Text.Json;

namespace SiteGen.Tests;

/// <summary>The shared seed collection (../shared/data), read independently of SiteGen to check what it built.</summary>
internal static class SeedData
{
    public sealed record SeedPaper(string Title, string ArxivId, IReadOnlyList<string> Authors);

    public static readonly IReadOnlyList<SeedPaper> Papers = Load();

    private static List<SeedPaper> Load()
    {
        var file = Path.Combine(Repo.Root, "..", "shared", "data", "seed-papers.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return [.. json.RootElement.GetProperty("papers").EnumerateArray().Select(p => new SeedPaper(
            // The listing keeps LaTeX ("--", "$Δ$"); the shipped entries are typeset as a BibTeX reader would.
            p.GetProperty("title").GetString()!.Replace(" -- ", " – ").Replace("$", ""),
            p.GetProperty("arxiv_id").GetString()!,
            p.GetProperty("authors").ValueKind == JsonValueKind.Array
                ? [.. p.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!)]
                : []))];
    }
}
