namespace SiteGen.Model;

/// <summary>One reading-group meeting: the day a paper was (or will be) discussed, from its <c>reading.discussed</c>.</summary>
public sealed record Meeting(DateOnly Date, Paper Paper);
