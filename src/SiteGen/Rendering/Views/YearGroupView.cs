namespace SiteGen.Rendering.Views;

/// <summary>Papers of one year, for pages that list papers grouped by year.</summary>
public sealed record YearGroupView(int Year, IReadOnlyList<PaperCardView> Papers);
