namespace SiteGen.Search;

/// <summary>
/// What lunr's index pipeline makes of one field's text, and nothing that depends on other texts: the distinct terms in
/// first-seen order with their counts, the field length in terms, the script terms with their counts, and the written
/// words with their stems (<see cref="SiteTerms"/>). A function of the text alone, so it can be kept between builds.
/// </summary>
internal sealed record FieldAnalysis(string[] Distinct, int[] Frequencies, int Length, (string[] Terms, int[] Frequencies) Scripts,
    (string Word, string Stem)[] Surfaces)
{
    public static FieldAnalysis Of(string text)
    {
        var terms = new List<string>();
        var site = new SiteTerms();
        LunrAnalysis.Analyse(text, terms, site);
        var (distinct, frequencies) = Count(terms);
        return new FieldAnalysis(distinct, frequencies, terms.Count, Count(site.Scripts), [.. site.Surfaces]);
    }

    private static (string[] Distinct, int[] Frequencies) Count(List<string> terms)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);  // enumerates in insertion order
        foreach (var term in terms) frequency[term] = frequency.GetValueOrDefault(term) + 1;
        return ([.. frequency.Keys], [.. frequency.Values]);
    }
}
