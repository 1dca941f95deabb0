namespace SiteGen.Publishing;

/// <summary>
/// A display name split for formats that want family and given names apart (RIS <c>AU  - Family, Given</c>,
/// CSL-JSON <c>{"family", "given"}</c>): the family name is the last word with any lowercase particles before it
/// (<c>de la Fuente</c>), a suffix (<c>Jr.</c>, <c>III</c>) is kept apart, and a one-word name is all family.
/// </summary>
internal sealed record NameParts(string Given, string Family, string Suffix)
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    public static NameParts Of(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var suffix = words.Count > 2 && Suffixes.Contains(words[^1]) ? words[^1] : "";
        if (suffix.Length > 0) words.RemoveAt(words.Count - 1);
        if (words.Count <= 1) return new NameParts("", string.Join(' ', words), suffix);
        var start = words.Count - 1;
        while (start > 1 && char.IsLower(words[start - 1][0])) start--;
        return new NameParts(string.Join(' ', words.Take(start)), string.Join(' ', words.Skip(start)), suffix);
    }
}
