namespace SiteGen.Rendering.Views;

/// <summary>Authors whose family name starts with one letter, for the A to Z index.</summary>
public sealed record LetterGroupView(string Letter, IReadOnlyList<LinkView> Authors);
