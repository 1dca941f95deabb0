namespace SiteGen.Import;

/// <summary>
/// A registry SiteGen asks about identifiers: where its API is (overridable by an environment variable, so tests
/// can serve it from 127.0.0.1), how an identifier becomes a request, and how its cached answers are named.
/// </summary>
/// <param name="Name">The cache folder's name: <c>content/metadata/&lt;name&gt;/</c>.</param>
/// <param name="Extension">The cached file's extension, after the format the service answers in.</param>
public sealed record MetadataService(string Name, string EnvironmentVariable, string DefaultBase, string Extension, Func<string, string, string> RequestPath)
{
    /// <summary>The arXiv API (Atom XML): <c>https://export.arxiv.org/api/query?id_list=ID</c>.</summary>
    public static readonly MetadataService Arxiv = new("arxiv", "SITEGEN_ARXIV_API", "https://export.arxiv.org/api/query", "xml",
        (api, id) => $"{api}?id_list={Uri.EscapeDataString(id)}");

    /// <summary>Crossref's REST API (JSON): <c>https://api.crossref.org/works/DOI</c>.</summary>
    public static readonly MetadataService Crossref = new("crossref", "SITEGEN_CROSSREF_API", "https://api.crossref.org", "json",
        (api, doi) => $"{api.TrimEnd('/')}/works/{Uri.EscapeDataString(doi)}");

    /// <summary>DataCite's REST API (JSON:API): <c>https://api.datacite.org/dois/DOI</c>, for DOIs Crossref does not register.</summary>
    public static readonly MetadataService DataCite = new("datacite", "SITEGEN_DATACITE_API", "https://api.datacite.org", "json",
        (api, doi) => $"{api.TrimEnd('/')}/dois/{Uri.EscapeDataString(doi)}");

    /// <summary>The request URL for <paramref name="id"/>, against the base URL from the environment or the default.</summary>
    public string RequestUrl(string id) =>
        RequestPath(Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } api ? api : DefaultBase, id);

    /// <summary>The cached answer's file name: the identifier, lowercase for DOIs (which ignore case), escaped to one path segment.</summary>
    public string FileName(string id) => Uri.EscapeDataString(this == Arxiv ? id : id.ToLowerInvariant()) + "." + Extension;
}
