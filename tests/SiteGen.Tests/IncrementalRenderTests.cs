namespace SiteGen.Tests;

/// <summary>
/// <c>serve</c> renders again only the pages an edit changes: after each kind of edit, the pages rendered are
/// exactly the pages whose HTML differs from the previous render, and the site equals a fresh render of the
/// edited content byte for byte (nothing stale is kept).
/// </summary>
public sealed class IncrementalRenderTests
{
    private static string Paper(string title, string authors, string date, string topic, string notes = "") =>
        $"---\ntitle: {title}\nauthors: [{authors}]\ndate: {date}\ntopics: [{topic}]\nabstract: About {title.ToLowerInvariant()} and language models.\n---\n{notes}";

    private static InlineSite Site() => new InlineSite()
        .Write("papers/2025/alpha.md", Paper("Alpha", "Ada Lovelace, Alan Turing", "2025-03-01", "language-models"))
        .Write("papers/2025/beta.md", Paper("Beta", "Ada Lovelace", "2025-02-01", "language-models"))
        .Write("papers/2025/gamma.md", Paper("Gamma", "Grace Hopper", "2025-01-01", "diffusion-models", "Some notes.\n"))
        .Write("pages/about.md", "---\ntitle: About\n---\nWho we are.\n");

    // Entries (papers, free pages) are what a lab edits all day: exactly the pages they change are rendered. A topic,
    // author profile, site.yml or theme edit renders every page again (what they feed is on most pages anyway).
    public static TheoryData<string, string, string, int, bool> Edits => new()
    {
        // file, text, what it is, the fewest pages it must change, whether exactly those are rendered
        { "papers/2025/gamma.md", Paper("Gamma", "Grace Hopper", "2025-01-01", "diffusion-models", "Other notes.\n"), "notes only", 1, true },
        { "papers/2025/beta.md", Paper("Beta Revised", "Ada Lovelace", "2025-02-01", "language-models"), "a title on cards", 5, true },
        { "papers/2025/beta.md", Paper("Beta", "Ada Lovelace, Grace Hopper", "2025-02-01", "language-models"), "an author added", 5, true },
        { "papers/2025/delta.md", Paper("Delta", "Edsger Dijkstra", "2024-01-01", "diffusion-models"), "a new paper", 10, true },
        { "pages/about.md", "---\ntitle: About\n---\nWho we are now.\n", "a free page's text", 1, true },
        { "topics/diffusion-models.md", "---\ntitle: Diffusion\n---\n", "a topic's title", 5, false },
        { "site.yml", "title: Renamed site\nbase_url: /\n", "the site's title", 10, false },
        // Relations, meetings and reading paths show on other papers' pages: an edit to them renders every page again.
        { "papers/2025/beta.md", Paper("Beta", "Ada Lovelace", "2025-02-01", "language-models").Replace("abstract:", "relations: {extends: [alpha]}\nabstract:"), "a relation added", 3, false },
        { "papers/2025/beta.md", Paper("Beta", "Ada Lovelace", "2025-02-01", "language-models").Replace("abstract:", "reading: {discussed: 2025-05-05}\nabstract:"), "a meeting added", 3, false },
        { "paths/start.md", "---\ntitle: Start\nsteps: [{paper: gamma}, {paper: alpha}]\n---\n", "a reading path added", 4, false },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_edit_re_renders_the_pages_it_changes_and_the_result_equals_a_fresh_render(string file, string text, string kind, int atLeast, bool exactly)
    {
        using var content = Site();
        var live = new BuildOptions(content.Content, Repo.Theme, "unused") { Cache = new BuildCache() };
        var before = Pages(SiteBuilder.Render(live));

        var unchanged = SiteBuilder.Render(live);
        Assert.Equal(0, unchanged.PagesRendered);

        content.Write(file, text);
        var after = SiteBuilder.Render(live);
        Assert.True(after.Succeeded, string.Join("\n", after.Diagnostics));
        var fresh = SiteBuilder.Render(live with { Cache = null });
        Assert.Equal(fresh.PagesRendered, fresh.PageCount);
        var stale = Pages(fresh).Where(p => Pages(after).GetValueOrDefault(p.Key) != p.Value).Select(p => p.Key).ToList();
        Assert.True(stale.Count == 0, $"{kind}: kept stale: {string.Join(", ", stale)}; the first " +
            (stale.Count == 0 ? "" : FirstDifference.Of(Pages(fresh)[stale[0]], Pages(after).GetValueOrDefault(stale[0]) ?? "")));
        Assert.Equal(Pages(fresh).Keys.Order(), Pages(after).Keys.Order());
        // Data files and search files too: whatever was kept, the served site is a fresh render's, byte for byte.
        Assert.Equal(fresh.Files.Select(f => f.OutputPath), after.Files.Select(f => f.OutputPath));
        var staleFiles = fresh.Files.Zip(after.Files).Where(p => !p.First.Bytes.AsSpan().SequenceEqual(p.Second.Bytes)).Select(p => p.First.OutputPath).ToList();
        Assert.True(staleFiles.Count == 0, $"{kind}: kept stale files: {string.Join(", ", staleFiles)}");

        var changed = Pages(after).Where(p => !before.TryGetValue(p.Key, out var old) || old != p.Value).Select(p => p.Key).ToList();
        Assert.True(changed.Count >= atLeast, $"{kind}: only {changed.Count} pages changed: {string.Join(", ", changed)}");
        var expected = exactly ? changed.Count : after.PageCount;
        Assert.True(expected == after.PagesRendered, $"{kind}: {after.PagesRendered} pages rendered for {changed.Count} changed: {string.Join(", ", changed)}");
    }

    [Fact]
    public void A_notes_edit_analyses_only_the_new_notes_for_search()
    {
        using var content = Site();
        var (cache, live) = Serving(content);
        // Three papers of six fields; a field text two papers share (an empty venue) is analysed once.
        Assert.InRange(cache.Search.Analysed, 10, 18);

        SiteBuilder.Render(live);
        Assert.Equal(0, cache.Search.Analysed);

        content.Write("papers/2025/gamma.md", Paper("Gamma", "Grace Hopper", "2025-01-01", "diffusion-models", "Other notes.\n"));
        var after = SiteBuilder.Render(live);
        Assert.Equal(1, cache.Search.Analysed);
        var fresh = SiteBuilder.Render(live with { Cache = null });
        Assert.Equal(Search(fresh), Search(after));
    }

    [Fact]
    public void An_edit_writes_again_only_the_edited_papers_records_for_the_data_files()
    {
        using var content = Site();
        var (cache, live) = Serving(content, "https://lab.example.org/list/");
        // Three papers, each in four formats: the short and full BibTeX records, RIS and CSL-JSON.
        Assert.Equal(12, cache.Records.Written);

        SiteBuilder.Render(live);
        Assert.Equal(0, cache.Records.Written);

        content.Write("papers/2025/beta.md", Paper("Beta Revised", "Ada Lovelace", "2025-02-01", "language-models"));
        var after = SiteBuilder.Render(live);
        Assert.Equal(4, cache.Records.Written);
        var fresh = SiteBuilder.Render(live with { Cache = null });
        string[] data = ["papers.bib", "papers.ris", "papers.json", "topics/language-models/papers.bib"];
        Assert.All(data, file => Assert.Contains(file, after.Files.Select(f => f.OutputPath)));
        Assert.All(data, file => Assert.Equal(Text(fresh, file), Text(after, file)));
        Assert.Contains("Beta Revised", Text(after, "papers.ris"));

        // Notes are in no record: an edit to them writes none, and the files are the ones already served.
        var papersBib = after.Files.Single(f => f.OutputPath == "papers.bib").Bytes;
        content.Write("papers/2025/beta.md", Paper("Beta Revised", "Ada Lovelace", "2025-02-01", "language-models", "New notes.\n"));
        var notes = SiteBuilder.Render(live);
        Assert.Equal(0, cache.Records.Written);
        Assert.Same(papersBib, notes.Files.Single(f => f.OutputPath == "papers.bib").Bytes);
    }

    [Fact]
    public void A_rebuild_reads_only_entries_whose_size_or_time_changed_or_that_the_watcher_reported()
    {
        using var content = Site();
        var (cache, live) = Serving(content);
        Assert.Equal(6, cache.Entries.FilesRead);  // three papers, a free page, two topics

        SiteBuilder.Render(live);
        Assert.Equal(0, cache.Entries.FilesRead);

        var gamma = Paper("Gamma", "Grace Hopper", "2025-01-01", "diffusion-models", "Other notes.\n");
        content.Write("papers/2025/gamma.md", gamma);
        Assert.Contains("Other notes.", Text(SiteBuilder.Render(live), "papers/gamma/index.html"));
        Assert.Equal(1, cache.Entries.FilesRead);

        // The same size and the time put back, as a file system that keeps seconds may show an edit: only the report finds it.
        var file = Path.Combine(content.Content, "papers", "2025", "gamma.md");
        var time = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, gamma.Replace("Other", "Fresh", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, time);
        cache.Entries.Changed(file);
        Assert.Contains("Fresh notes.", Text(SiteBuilder.Render(live), "papers/gamma/index.html"));
        Assert.Equal(1, cache.Entries.FilesRead);
    }

    // What serve holds: a cache kept between renders, after the first render of the content.
    private static (BuildCache Cache, BuildOptions Live) Serving(InlineSite content, string? baseUrl = null)
    {
        var cache = new BuildCache();
        var live = new BuildOptions(content.Content, Repo.Theme, "unused", baseUrl) { Cache = cache };
        SiteBuilder.Render(live);
        return (cache, live);
    }

    private static string Text(BuildReport report, string file) =>
        System.Text.Encoding.UTF8.GetString(report.Files.Single(f => f.OutputPath == file).Bytes);

    private static Dictionary<string, string> Search(BuildReport report) =>
        report.Files.Where(f => f.OutputPath.StartsWith("search/", StringComparison.Ordinal))
            .ToDictionary(f => f.OutputPath, f => System.Text.Encoding.UTF8.GetString(f.Bytes), StringComparer.Ordinal);

    [Fact]
    public void A_theme_edit_re_renders_every_page()
    {
        using var content = Site();
        var live = new BuildOptions(content.Content, Repo.Theme, "unused") { Cache = new BuildCache() };
        var first = SiteBuilder.Render(live);

        // The site's own override of the layout (content/theme/), as a lab would edit it.
        var layout = File.ReadAllText(Path.Combine(Repo.Theme, "layouts", "base.liquid"));
        content.Write("theme/layouts/base.liquid", layout.Replace("Built with SiteGen.", "Built with care."));
        var second = SiteBuilder.Render(live);

        Assert.Equal(first.PageCount, second.PagesRendered);
        Assert.All(Pages(second).Values, html => Assert.Contains("Built with care.", html));
    }

    private static Dictionary<string, string> Pages(BuildReport report) =>
        report.Files.Where(f => f.OutputPath.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.OutputPath, f => System.Text.Encoding.UTF8.GetString(f.Bytes), StringComparer.Ordinal);
}
