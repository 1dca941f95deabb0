namespace SiteGen.Tests;

/// <summary>
/// An author page of the seed site (under a base path) whose author has several papers but no .bib file of their own:
/// in Chromium, its BibTeX button downloads the records the papers' pages show (<c>tests/search/browser-bibtex.mjs</c>).
/// </summary>
public sealed class AuthorBibtexBrowserTests
{
    [Fact]
    public void The_bibtex_button_of_an_author_page_downloads_the_records_of_every_paper_it_lists()
    {
        using var temp = new TempFolder();
        var collection = SeedSite.Collection;
        var author = collection.Authors.First(a => collection.PapersOfAuthor(a.Slug).Length >= 2 && !collection.PublishesAuthorBib(a));
        var folder = SearchFolder.Prepare(SeedSite.UnderPath, collection, temp.Combine("seed"));
        NodeScript.Passes("browser-bibtex.mjs", folder, SeedSite.PathOnlyUrl, author.Slug);
    }
}
