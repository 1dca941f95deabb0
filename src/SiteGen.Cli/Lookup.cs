using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Import;

namespace SiteGen.Cli;

/// <summary>Looks papers up by arXiv id or DOI for <c>new paper</c> and <c>import arxiv</c>, printing why when it cannot.</summary>
internal static class Lookup
{
    /// <summary>A client for the content folder's cache, with site.yml's contact address in its User-Agent.</summary>
    public static MetadataClient Client(string contentDir) =>
        new(new MetadataCache(contentDir), ContentReader.Read(contentDir, new DiagnosticBag()).Site.Contact);

    /// <summary>The paper the arXiv id (else the DOI) names; null, with the reason printed, when it cannot be had.</summary>
    public static PaperMetadata? Paper(string contentDir, string? arxiv, string? doi)
    {
        using var client = Client(contentDir);
        return Paper(client, arxiv, doi);
    }

    public static PaperMetadata? Paper(MetadataClient client, string? arxiv, string? doi)
    {
        try
        {
            var found = arxiv is not null
                ? MetadataLookup.ArxivAsync(client, arxiv).GetAwaiter().GetResult()
                : MetadataLookup.DoiAsync(client, doi!).GetAwaiter().GetResult();
            if (found is null)
                Console.Error.WriteLine(arxiv is not null
                    ? $"sitegen: arXiv has no paper with the id {arxiv}; check the id (e.g. 2509.25035)"
                    : $"sitegen: neither Crossref nor DataCite knows the DOI {doi}; check it (e.g. 10.1145/3295500.3356138)");
            return found;
        }
        catch (MetadataUnavailableException ex)
        {
            Console.Error.WriteLine($"sitegen: {ex.Message}; try again later, or give --title and --authors to write the entry offline");
            return null;
        }
    }
}
