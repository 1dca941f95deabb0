using SiteGen.Diagnostics;

namespace SiteGen.Bibtex;

/// <summary>One field of a record: its value with macros expanded and parts joined, LaTeX still in it.</summary>
/// <param name="At">Where the field's name is.</param>
public sealed record BibtexField(string Value, SourcePosition At)
{
    /// <summary>Where the value's text starts (after its opening brace or quote), for positions inside it.</summary>
    public SourcePosition ValueAt { get; init; } = At;

    /// <summary>
    /// The position of the character at <paramref name="offset"/> in <see cref="Value"/>. Exact for a value of
    /// one braced or quoted part, the usual case; after a <c>#</c> or a macro it is where the first part's text would put it.
    /// </summary>
    public SourcePosition PositionOf(int offset)
    {
        var line = ValueAt.Line;
        var column = ValueAt.Column;
        for (var i = 0; i < offset && i < Value.Length; i++)
        {
            if (Value[i] == '\n') (line, column) = (line + 1, 1);
            else column++;
        }
        return new SourcePosition(line, column);
    }
}

/// <summary>One record of a <c>.bib</c> file (<c>@article{key, ...}</c>); field names are case-insensitive.</summary>
public sealed record BibtexEntry(string Type, string Key, IReadOnlyDictionary<string, BibtexField> Fields, SourcePosition At)
{
    public string? this[string name] => Fields.TryGetValue(name, out var field) ? field.Value : null;

    /// <summary>The display path of the file the record is in.</summary>
    public string Path { get; init; } = "";

    /// <summary>The key its <c>crossref</c> names when no record read has that key.</summary>
    public string? MissingCrossref { get; init; }
}
