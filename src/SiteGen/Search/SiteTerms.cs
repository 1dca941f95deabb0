using System.Collections.Concurrent;

namespace SiteGen.Search;

/// <summary>
/// What one build's analysis finds beyond lunr's terms: the <see cref="ScriptTerms"/> of the field being analysed
/// and, for the whole collection, each written word (lunr's trimmer applied, stop words left out) with its stem.
/// Safe to share between threads for the surface forms; <see cref="Scripts"/> belongs to one field at a time.
/// </summary>
internal sealed class SiteTerms(ConcurrentDictionary<string, string> surfaces)
{
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan =
        surfaces.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The script terms of the field being analysed, in order.</summary>
    public List<string> Scripts { get; } = [];

    /// <summary>Records a written word and its stem; copies the word only the first time.</summary>
    public void AddSurface(ReadOnlySpan<char> word, string stem)
    {
        if (word.Length == 0 || _bySpan.ContainsKey(word)) return;
        _bySpan.TryAdd(word, stem);
    }
}
