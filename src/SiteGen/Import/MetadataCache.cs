namespace SiteGen.Import;

/// <summary>
/// The answers of arXiv, Crossref and DataCite, committed with the collection in <c>content/metadata/&lt;service&gt;/</c>,
/// one file per identifier, the response body exactly as received. A cached identifier is never asked for again,
/// and <c>check</c> compares entries with these records in CI, without network.
/// </summary>
public sealed class MetadataCache(string contentDir)
{
    /// <summary>The folder inside the content folder.</summary>
    public const string Folder = "metadata";

    public string FileFor(MetadataService service, string id) => Path.Combine(contentDir, Folder, service.Name, service.FileName(id));

    /// <summary>The cached answer, or null when there is none.</summary>
    public string? Read(MetadataService service, string id)
    {
        var file = FileFor(service, id);
        return File.Exists(file) ? File.ReadAllText(file) : null;
    }

    /// <summary>Keeps an answer; writes <c>content/metadata/&lt;service&gt;/&lt;id&gt;.&lt;ext&gt;</c>, replacing an older one.</summary>
    public void Write(MetadataService service, string id, string body)
    {
        var file = FileFor(service, id);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, body);
    }
}
