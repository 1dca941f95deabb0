namespace SiteGen.Rendering;

/// <summary>Site paths of the data files, shared by the code that writes them and the views that link them.</summary>
internal static class SiteLinks
{
    public const string CollectionBib = "/papers.bib";
    public const string Feed = "/feed.xml";
    public static string TopicBib(string slug) => $"/topics/{slug}/papers.bib";
    public static string AuthorBib(string slug) => $"/authors/{slug}/papers.bib";
    public static string TopicFeed(string slug) => $"/topics/{slug}/feed.xml";
}
