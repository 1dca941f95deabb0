namespace SiteGen.Paths;

/// <summary>
/// Every path the site publishes, as a site path: rooted at the site (<c>/papers/x/</c>), before the
/// base path is applied (see <see cref="SiteUrls"/>). The one place that spells them: pages, the data
/// files beside them, the search folder and the theme's assets. A site path ending in <c>/</c> is a page
/// served from that folder's <c>index.html</c> (<see cref="FileFor"/>).
/// </summary>
public static class SitePaths
{
    public const string Home = "/";
    public const string Papers = "/papers/";
    public const string Topics = "/topics/";
    public const string Authors = "/authors/";
    public const string Search = "/search/";
    public const string NotFound = "/404.html";
    /// <summary>The reading group's meetings; published when some paper has <c>reading:</c>.</summary>
    public const string ReadingGroup = "/reading-group/";
    /// <summary>The reading-group meetings as an iCalendar feed (RFC 5545), published with <see cref="ReadingGroup"/>.</summary>
    public const string ReadingGroupCalendar = "/reading-group.ics";
    /// <summary>The reading paths; published when there is at least one.</summary>
    public const string ReadingPaths = "/paths/";

    /// <summary>Every paper of the collection as BibTeX.</summary>
    public const string CollectionBib = "/papers.bib";

    /// <summary>Every paper of the collection as RIS (what EndNote, Zotero and Mendeley import).</summary>
    public const string CollectionRis = "/papers.ris";

    /// <summary>Every paper of the collection as CSL-JSON (what citeproc processors, Zotero and pandoc read).</summary>
    public const string CollectionCsl = "/papers.json";

    /// <summary>The site's Atom feed; published only when the base URL is a full address.</summary>
    public const string Feed = "/feed.xml";
    /// <summary>Published only when the base URL is a full address, like the feeds.</summary>
    public const string Sitemap = "/sitemap.xml";
    /// <summary>Published only when the base URL is a full address, like the feeds.</summary>
    public const string Robots = "/robots.txt";
    /// <summary>Netlify's list of redirects (old path, new path, status), written when an author page moved.</summary>
    public const string Redirects = "/_redirects";
    /// <summary>An empty file that tells GitHub Pages not to run Jekyll on the output.</summary>
    public const string NoJekyll = "/.nojekyll";

    /// <summary>The lunr 2.3.9 serialized index, when <c>search.lunr_index</c> is on.</summary>
    public const string LunrIndex = "/search/lunr-index.json";
    /// <summary>The folder of the theme's fingerprinted assets.</summary>
    public const string AssetsFolder = "/assets/";

    private const string BibName = "papers.bib";
    private const string FeedName = "feed.xml";
    // What a host serves for a folder's address.
    private const string IndexFile = "index.html";

    /// <summary>
    /// Names a free page (<c>content/pages/&lt;slug&gt;.md</c>, served at <c>/&lt;slug&gt;/</c>) may not take,
    /// because the site itself uses them.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedSlugs =
        new HashSet<string>(["papers", "topics", "authors", "search", "assets", "404", "reading-group", "paths"], StringComparer.Ordinal);

    public static string Paper(string slug) => $"{Papers}{slug}/";
    public static string Topic(string slug) => $"{Topics}{slug}/";
    public static string Author(string slug) => $"{Authors}{slug}/";
    /// <summary>A free page, at the root of the site.</summary>
    public static string Page(string slug) => $"/{slug}/";

    /// <summary>Authors on each page of the author index: about 100 bytes of HTML each, so a page stays near 100 KB.</summary>
    public const int AuthorsPerIndexPage = 1000;

    /// <summary>
    /// Page <paramref name="number"/> (from 1) of a listing whose first page is <paramref name="first"/>: the first
    /// page keeps its address, the others are <c>&lt;first&gt;page/&lt;n&gt;/</c> (<c>/papers/page/2/</c>), as Hugo numbers them.
    /// </summary>
    public static string ListingPage(string first, int number) => number <= 1 ? first : $"{first}page/{number}/";

    public static string ReadingPath(string slug) => $"{ReadingPaths}{slug}/";

    public static string TopicBib(string slug) => Topic(slug) + BibName;
    /// <summary>An author's papers as BibTeX: published only for some authors (the model's <c>Collection.PublishesAuthorBib</c>).</summary>
    public static string AuthorBib(string slug) => Author(slug) + BibName;

    public static string ReadingPathBib(string slug) => ReadingPath(slug) + BibName;
    /// <summary>A topic's Atom feed; published only when the base URL is a full address.</summary>
    public static string TopicFeed(string slug) => Topic(slug) + FeedName;

    /// <summary>One build's sharded search index: <c>/search/&lt;hash of its contents&gt;/</c>.</summary>
    public static string SearchBuild(string hash) => $"{Search}{hash}/";

    /// <summary>A theme asset, by its (fingerprinted) file name.</summary>
    public static string Asset(string file) => AssetsFolder + file;

    /// <summary>
    /// Every page a collection with these slugs publishes, in a fixed order: the home page, the three
    /// indexes, search, 404, then each paper, topic, author and free page; then the reading group's page when
    /// <paramref name="readingGroup"/>, the reading paths' index and pages when there are any, and the redirect
    /// page at each former author slug.
    /// </summary>
    public static IEnumerable<string> Pages(
        IEnumerable<string> papers, IEnumerable<string> topics, IEnumerable<string> authors, IEnumerable<string> pages,
        bool readingGroup = false, IEnumerable<string>? readingPaths = null, IEnumerable<string>? formerAuthors = null)
    {
        var paths = (readingPaths ?? []).ToList();
        return
        [
            Home, Papers, Topics, Authors, Search, NotFound,
            .. papers.Select(Paper), .. topics.Select(Topic), .. authors.Select(Author), .. pages.Select(Page),
            .. readingGroup ? [ReadingGroup] : Array.Empty<string>(),
            .. paths.Count > 0 ? [ReadingPaths, .. paths.Select(ReadingPath)] : Array.Empty<string>(),
            .. (formerAuthors ?? []).Select(Author),
        ];
    }

    /// <summary>
    /// Every data file a collection with these slugs publishes (<paramref name="authors"/>: those with a <see cref="AuthorBib"/>)
    /// when the base URL is a full address:
    /// the <c>.bib</c> files, the feeds, the sitemap and robots.txt (and the lunr index when it is on, the reading group's calendar
    /// and each reading path's <c>.bib</c> when they are published, and Netlify's <c>_redirects</c> when an author page moved).
    /// </summary>
    public static IEnumerable<string> DataFiles(
        IEnumerable<string> topics, IEnumerable<string> authors, bool lunrIndex, bool readingGroup = false, IEnumerable<string>? readingPaths = null,
        bool redirects = false)
    {
        var topicList = topics.ToList();
        return
        [
            CollectionBib, CollectionRis, CollectionCsl, Feed, Sitemap, Robots,
            .. topicList.Select(TopicBib), .. topicList.Select(TopicFeed), .. authors.Select(AuthorBib),
            .. lunrIndex ? [LunrIndex] : Array.Empty<string>(),
            .. readingGroup ? [ReadingGroupCalendar] : Array.Empty<string>(),
            .. (readingPaths ?? []).Select(ReadingPathBib),
            .. redirects ? [Redirects] : Array.Empty<string>(),
        ];
    }

    /// <summary>The site path an output file serves: the reverse of <see cref="FileFor"/> (<c>papers/x/index.html</c> is <c>/papers/x/</c>).</summary>
    public static string SitePathFor(string outputFile) =>
        "/" + (outputFile == IndexFile || outputFile.EndsWith("/" + IndexFile, StringComparison.Ordinal) ? outputFile[..^IndexFile.Length] : outputFile);

    /// <summary>The output file, relative to the output folder, that serves a site path (<c>/papers/x/</c> is <c>papers/x/index.html</c>).</summary>
    public static string FileFor(string sitePath) =>
        sitePath.EndsWith('/') ? sitePath.TrimStart('/') + IndexFile : sitePath.TrimStart('/');
}
