namespace SiteGen.Tests;

/// <summary>
/// What a reader notices on the search page (issue 13), in Debian's Chromium through <c>tests/search/browser-reader.mjs</c>,
/// on the seed site and on <c>Fixtures/search/scripts</c> (CJK, Cyrillic, Greek, Arabic, apostrophes, an alias), under a base path.
/// </summary>
public sealed class SearchReaderBrowserTests
{
    [Fact]
    public void Every_prefix_while_typing_every_script_apostrophes_aliases_spellings_and_did_you_mean_find_papers() => Run("finding");

    [Fact]
    public void A_topic_or_years_list_papers_without_a_query_results_show_date_venue_and_author_links_and_download_as_bibtex() => Run("browsing");

    [Fact]
    public void Reading_paths_are_linked_above_the_papers_when_a_query_matches_the_words_of_their_titles() => Run("paths");

    [Fact]
    public void At_360_px_the_first_result_is_in_view_filters_and_help_are_disclosures_and_the_layout_does_not_shift() => Run("layout");

    private static void Run(string group)
    {
        using var temp = new TempFolder();
        const string basePath = SeedSite.PathOnlyUrl;
        var seed = SearchFolder.Prepare(SeedSite.UnderPath, SeedSite.Collection, temp.Combine("seed"));
        var scripts = SearchFolder.Prepare(Path.Combine(Repo.Fixtures, "search", "scripts"), temp.Combine("scripts"), basePath);
        NodeScript.Passes("browser-reader.mjs", seed, scripts, basePath, group);
    }
}
