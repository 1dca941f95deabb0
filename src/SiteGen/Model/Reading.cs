using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>
/// How the lab reads a paper, from its <c>reading:</c> front matter: where it stands on the reading list,
/// when the reading group discussed it and who presented it.
/// </summary>
public sealed record Reading
{
    /// <summary>The values <see cref="Status"/> may take, in the order of a paper's life on the list.</summary>
    public static readonly ImmutableArray<string> Statuses = ["to-read", "reading", "read", "core"];

    /// <summary>One of <see cref="Statuses"/>, or null when not given.</summary>
    public string? Status { get; init; }
    /// <summary>The reading-group meetings on this paper, earliest first.</summary>
    public ImmutableArray<DateOnly> Discussed { get; init; } = [];
    public Presenter? Presenter { get; init; }
    /// <summary>An http or https link to the slides.</summary>
    public string? Slides { get; init; }
    /// <summary>Why the lab reads it, in one sentence.</summary>
    public string? Why { get; init; }
    public ImmutableArray<string> Takeaways { get; init; } = [];
}
