namespace SiteGen.Tests;

/// <summary>
/// Fixtures/lab-site built once for the tests of the lab's own use of its papers (meetings, relations, reading
/// paths), at its site.yml's address (<c>https://lab.example.org/list/</c>) and on a fixed day, so "upcoming" does not move.
/// </summary>
public sealed class LabSite : IDisposable
{
    public const string BaseUrl = "https://lab.example.org/list/";
    public static readonly DateOnly Today = new(2026, 1, 1);

    public static string Content => Path.Combine(Repo.Fixtures, "lab-site", "content");

    internal BuiltSite Site { get; } = new(Content, today: Today);

    public void Dispose() => Site.Dispose();
}
