namespace SiteGen.Tests;

/// <summary>A content folder with the seed site's site.yml and topics and no papers: where imports start.</summary>
internal static class TopicsOnly
{
    /// <returns>The content folder, <c>content/</c> under <paramref name="temp"/>.</returns>
    public static string Create(TempFolder temp)
    {
        temp.Write("content/site.yml", File.ReadAllText(Path.Combine(SeedSite.Content, "site.yml")));
        foreach (var topic in Directory.GetFiles(Path.Combine(SeedSite.Content, "topics")))
            temp.Write($"content/topics/{Path.GetFileName(topic)}", File.ReadAllText(topic));
        return temp.Combine("content");
    }
}
