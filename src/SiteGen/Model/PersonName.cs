namespace SiteGen.Model;

/// <summary>How author names are compared and sorted.</summary>
public static class PersonName
{
    /// <summary>
    /// The identity of a name: case, accents, punctuation and spacing do not matter
    /// (<c>José  Núñez</c> and <c>jose nunez</c> are one person), but scripts are kept
    /// so that two different CJK names never merge.
    /// </summary>
    public static string Key(string name) => TextKey.Fold(name);

    /// <summary>Sorts by family name (the last word), then by the whole name.</summary>
    public static string SortKey(string name)
    {
        // The last word as written, so "Olin-Ammentorp" sorts under O, not under A.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 0 ? "" : Slug.From(words[^1]) + " " + Slug.From(name);
    }
}
