namespace SiteGen.Tests;

/// <summary>A content folder with the shipped site.yml and topics and no papers: where imports start.</summary>
internal static class TopicsOnly
{
    /// <returns>The content folder, <c>content/</c> under <paramref name="temp"/>.</returns>
    public static string Create(TempFolder temp)
    {
        temp.Write("content/site.yml", File.ReadAllText(Path.Combine(Repo.Content, "site.yml")));
        foreach (var topic in Directory.GetFiles(Path.Combine(Repo.Content, "topics")))
            temp.Write($"content/topics/{Path.GetFileName(topic)}", File.ReadAllText(topic));
        return temp.Combine("content");
    }
}
