using SiteGen.Model;

namespace SiteGen.Import;

/// <summary>
/// A paper from its identifier: an arXiv id from the arXiv API, a DOI from Crossref or, for DOIs Crossref does not
/// know, DataCite. An answer that reads as a paper is kept in the <see cref="MetadataCache"/>; one that does not is not.
/// </summary>
public static class MetadataLookup
{
    /// <returns>The paper, or null when arXiv has none with this id.</returns>
    /// <exception cref="MetadataUnavailableException">arXiv could not be reached.</exception>
    public static async Task<PaperMetadata?> ArxivAsync(MetadataClient client, string id) =>
        await Find(client, MetadataService.Arxiv, Identifiers.WithoutArxivPrefix(id), ArxivAtom.Read);

    /// <returns>The paper, or null when neither Crossref nor DataCite knows the DOI.</returns>
    /// <exception cref="MetadataUnavailableException">A service could not be reached.</exception>
    public static async Task<PaperMetadata?> DoiAsync(MetadataClient client, string doi)
    {
        var bare = Identifiers.WithoutDoiPrefix(doi);
        return await Find(client, MetadataService.Crossref, bare, CrossrefWork.Read)
               ?? await Find(client, MetadataService.DataCite, bare, DataCiteDoi.Read);
    }

    /// <summary>The record cached for an identifier, read without any request; null when none is cached.</summary>
    public static PaperMetadata? Cached(MetadataCache cache, string? arxiv, string? doi)
    {
        if (arxiv is not null && (cache.Read(MetadataService.Arxiv, arxiv) ?? cache.Read(MetadataService.Arxiv, Identifiers.WithoutVersion(arxiv))) is { } atom)
            return ArxivAtom.Read(atom);
        if (doi is null) return null;
        return cache.Read(MetadataService.Crossref, doi) is { } work ? CrossrefWork.Read(work)
            : cache.Read(MetadataService.DataCite, doi) is { } record ? DataCiteDoi.Read(record) : null;
    }

    private static async Task<PaperMetadata?> Find(MetadataClient client, MetadataService service, string id, Func<string, PaperMetadata?> read)
    {
        if (await client.GetAsync(service, id) is not { } answer || read(answer.Body) is not { } paper) return null;
        if (answer.Fetched) client.Cache.Write(service, id, answer.Body);
        return paper;
    }
}
