namespace SiteGen.Rendering;

/// <summary>
/// The abstract as a card shows it. Cards repeat on the home page, listings, topic and author pages (about nine times a
/// paper), so a card carries only the abstract's opening: that keeps every listing page under the 300 KB page budget
/// and the collection under 20 KB a paper. The paper's page has the whole abstract.
/// </summary>
internal static class CardAbstract
{
    /// <summary>The most characters of an abstract a card shows, before the "…" that marks a cut.</summary>
    public const int Limit = 300;

    /// <summary>The abstract whole when it fits, else cut at the last space within <see cref="Limit"/> and ended with "…".</summary>
    public static (string Text, bool Cut) Of(string abstractText)
    {
        var text = abstractText.Trim();
        if (text.Length <= Limit) return (text, false);
        var space = text.LastIndexOf(' ', Limit);
        // A single word longer than the limit (a URL, say) is cut where the limit falls, outside a surrogate pair.
        var end = space > 0 ? space : char.IsHighSurrogate(text[Limit - 1]) ? Limit - 1 : Limit;
        return (text[..end].TrimEnd(' ', ',', ';', ':', '.') + "…", true);
    }
}
