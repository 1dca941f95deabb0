namespace SiteGen.Search;

/// <summary>
/// What one field's analysis finds beyond lunr's terms: its <see cref="ScriptTerms"/> and each written word
/// (lunr's trimmer applied, stop words left out) with its stem. Belongs to one field text at a time, so that the
/// analysis of a text depends on that text alone and can be kept between builds (<see cref="SearchAnalyses"/>).
/// </summary>
internal sealed class SiteTerms
{
    private readonly Dictionary<string, string> _surfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public SiteTerms() => _bySpan = _surfaces.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The script terms of the field, in order.</summary>
    public List<string> Scripts { get; } = [];

    /// <summary>The field's distinct written words with their stems, in first-seen order.</summary>
    public IEnumerable<(string Word, string Stem)> Surfaces => _surfaces.Select(s => (s.Key, s.Value));

    /// <summary>Records a written word and its stem; copies the word only the first time.</summary>
    public void AddSurface(ReadOnlySpan<char> word, string stem)
    {
        if (word.Length == 0) return;
        _bySpan.TryAdd(word, stem);
    }
}
