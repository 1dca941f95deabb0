namespace SiteGen.Import;

/// <summary>What a contributor knows about a paper they want to add; only title, authors, topics and date are required.</summary>
public sealed record NewPaper(string Title, IReadOnlyList<string> Authors, IReadOnlyList<string> Topics, DateOnly Date)
{
    /// <summary>The file name; by default made from the title.</summary>
    public string? Slug { get; init; }

    /// <summary>Other front-matter keys by their <see cref="Model.PaperSchema"/> name (<c>venue</c>, <c>arxiv</c>...), as typed.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>arXiv categories, primary first, written as <c>categories</c> for themes (as <c>import bibtex</c> writes them).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>
    /// A paper as a registry describes it: title, authors, date, and its identifiers, venue, abstract and PDF link
    /// as fields. <paramref name="flags"/> (schema key to value, as typed) win over what the registry says.
    /// </summary>
    public static NewPaper From(PaperMetadata metadata, IReadOnlyList<string> topics, IReadOnlyDictionary<string, string> flags)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["arxiv"] = metadata.Arxiv, ["doi"] = metadata.Doi, ["venue"] = metadata.Venue, ["pdf"] = metadata.Pdf, ["abstract"] = metadata.Abstract,
        };
        foreach (var (key, value) in flags)
        {
            // The identifier looked up may be written with a prefix (arXiv:, https://doi.org/); the entry gets the bare one.
            fields[key] = key switch
            {
                "arxiv" => Model.Identifiers.WithoutArxivPrefix(value),
                "doi" => Model.Identifiers.WithoutDoiPrefix(value),
                _ => value,
            };
        }
        return new NewPaper(metadata.Title, metadata.Authors, topics, metadata.Date)
        {
            Fields = fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!, StringComparer.Ordinal),
            Categories = metadata.Categories,
        };
    }
}
