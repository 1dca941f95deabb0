namespace SiteGen.Rendering.Views;

/// <summary>A named link, with a count where the page shows one (papers of a topic or author).</summary>
public sealed record LinkView(string Name, string Url, int Count = 0)
{
    /// <summary>What tells this link apart from another of the same name (an author's affiliation); null when nothing needs to.</summary>
    public string? Detail { get; init; }

    /// <summary>Whether the link names a member of the lab (an author link), which the theme highlights.</summary>
    public bool Member { get; init; }
}
