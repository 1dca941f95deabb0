using SiteGen.Diagnostics;

namespace SiteGen.Bibtex;

/// <summary>One field of a record: its value with macros expanded and parts joined, LaTeX still in it.</summary>
public sealed record BibtexField(string Value, SourcePosition At);

/// <summary>One record of a <c>.bib</c> file (<c>@article{key, ...}</c>); field names are case-insensitive.</summary>
public sealed record BibtexEntry(string Type, string Key, IReadOnlyDictionary<string, BibtexField> Fields, SourcePosition At)
{
    public string? this[string name] => Fields.TryGetValue(name, out var field) ? field.Value : null;
}
