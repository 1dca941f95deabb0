using System.Collections.Immutable;
using System.IO.Hashing;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Reads a content folder: <c>site.yml</c>, <c>papers/**/*.md</c>, <c>topics/*.md</c>,
/// <c>authors/*.md</c>, <c>pages/*.md</c> and <c>paths/*.md</c>. The only code that reads content files.
/// </summary>
public static class ContentReader
{
    /// <param name="cache">Kept between reads (by <c>serve</c>) so that only changed files are parsed again.</param>
    public static ContentSet Read(string contentDir, DiagnosticBag bag, EntryCache? cache = null)
    {
        cache ??= new EntryCache();
        cache.Begin();
        var display = contentDir.TrimEnd('/', '\\').Replace('\\', '/');
        return new ContentSet(
            contentDir,
            ReadSettings(contentDir, display, bag),
            ReadEntries(contentDir, display, "papers", recursive: true, bag, cache),
            ReadEntries(contentDir, display, "topics", recursive: false, bag, cache),
            ReadEntries(contentDir, display, "authors", recursive: false, bag, cache),
            ReadEntries(contentDir, display, "pages", recursive: false, bag, cache))
        {
            SettingsStamp = StampOf(Path.Combine(contentDir, "site.yml")),
            ReadingPaths = ReadEntries(contentDir, display, "paths", recursive: false, bag, cache),
        };
    }

    private static ulong StampOf(string file)
    {
        try
        {
            return XxHash3.HashToUInt64(File.ReadAllBytes(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0; // reported by ReadSettings
        }
    }

    private static readonly string[] SettingKeys =
        ["format", "title", "description", "base_url", "language", "author_aliases", "home_limit", "papers_per_page", "theme_overrides", "search", "contact", "author_marks", "members", "reading_group", "paper_fields", "image"];

    private static SiteSettings ReadSettings(string root, string display, DiagnosticBag bag)
    {
        var path = display + "/site.yml";
        var file = Path.Combine(root, "site.yml");
        var fallback = new SiteSettings { Title = "Reading list" };
        if (!File.Exists(file))
        {
            bag.Error(path, SourcePosition.Start, DiagnosticCode.Site, "site.yml is missing: it names the site (title) and its base_url");
            return fallback;
        }

        var yaml = YamlFile.Read(file, path, bag);
        if (yaml is null) return fallback;

        foreach (var (key, at) in yaml.Keys)
        {
            if (!SettingKeys.Contains(key, StringComparer.Ordinal))
                bag.Warning(path, at, DiagnosticCode.UnknownKey, $"unknown key '{key}' in site.yml is not used (known: {string.Join(", ", SettingKeys)})");
        }

        var title = yaml.Text("title", bag, prose: true);
        if (title is null) yaml.ReportMissing("title", "the site's name", bag);

        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, name, _) in yaml.Map("author_aliases", bag))
            aliases[alias] = name;

        return new SiteSettings
        {
            Format = ContentFormat.Read(yaml, bag),
            Title = title ?? fallback.Title,
            Description = yaml.Text("description", bag, prose: true) ?? "",
            BaseUrl = yaml.Text("base_url", bag) ?? "/",
            Language = yaml.Text("language", bag) ?? "en",
            AuthorAliases = aliases,
            AuthorMarks = yaml.Map("author_marks", bag),
            Members = yaml.List("members", bag, prose: true) ?? [],
            PaperFields = yaml.List("paper_fields", bag) ?? [],
            Image = yaml.Text("image", bag) is { } image ? (image, yaml.PositionOf("image")) : null,
            SourcePath = path,
            HomeLimit = yaml.Integer("home_limit", bag, min: 0) ?? fallback.HomeLimit,
            PapersPerPage = yaml.Integer("papers_per_page", bag, min: 1) ?? fallback.PapersPerPage,
            ThemeOverrides = yaml.Text("theme_overrides", bag) ?? fallback.ThemeOverrides,
            Search = ReadSearch(yaml.Section("search", bag), bag),
            Contact = yaml.Text("contact", bag),
            ReadingGroup = ReadReadingGroup(yaml.Section("reading_group", bag), bag),
        };
    }

    private static SearchSettings ReadSearch(FrontMatter? search, DiagnosticBag bag)
    {
        var defaults = new SearchSettings();
        if (search is null) return defaults;
        foreach (var (key, at) in search.Keys)
        {
            if (key is not ("lunr_index" or "boosts" or "shard_postings"))
                bag.Warning(search.Path, at, DiagnosticCode.UnknownKey, $"unknown key '{key}' in search (known: lunr_index, boosts, shard_postings)");
        }

        var boosts = defaults.Boosts.ToArray();
        foreach (var (field, value, at) in search.Map("boosts", bag))
        {
            var i = SearchSettings.DefaultBoosts.Select(b => b.Field).ToList().IndexOf(field);
            if (i < 0)
                bag.Error(search.Path, at, DiagnosticCode.Search, $"no field '{field}' to boost (fields: {string.Join(", ", SearchSettings.DefaultBoosts.Select(b => b.Field))})");
            else if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var boost) && boost > 0 && double.IsFinite(boost))
                boosts[i] = boost;
            else
                bag.Error(search.Path, at, DiagnosticCode.Search, $"the boost of '{field}' must be a number above 0, not \"{value}\"");
        }

        var shard = search.Integer("shard_postings", bag) ?? defaults.ShardPostings;
        if (shard < 100)
        {
            bag.Error(search.Path, search.PositionOf("shard_postings"), DiagnosticCode.Search, $"shard_postings must be at least 100, not {shard}");
            shard = defaults.ShardPostings;
        }
        return new SearchSettings { LunrIndex = search.Boolean("lunr_index", bag), Boosts = boosts, ShardPostings = shard };
    }

    private static ReadingGroupSettings ReadReadingGroup(FrontMatter? group, DiagnosticBag bag)
    {
        var defaults = new ReadingGroupSettings();
        if (group is null) return defaults;
        string[] known = ["time_zone", "time", "minutes", "place"];
        foreach (var (key, at) in group.Keys.Where(k => !known.Contains(k.Key, StringComparer.Ordinal)))
            bag.Warning(group.Path, at, DiagnosticCode.UnknownKey, $"unknown key '{key}' in reading_group (known: {string.Join(", ", known)})");

        var zone = group.Text("time_zone", bag) ?? defaults.TimeZone;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            bag.Error(group.Path, group.PositionOf("time_zone"), DiagnosticCode.Reading, $"'time_zone' is not a time zone: \"{zone}\" (write an IANA name such as Europe/Berlin)");
            zone = defaults.TimeZone;
        }
        var time = defaults.Time;
        if (group.Text("time", bag) is { } written && !TimeOnly.TryParseExact(written, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out time))
        {
            bag.Error(group.Path, group.PositionOf("time"), DiagnosticCode.Reading, $"'time' is not a time of day: \"{written}\" (write it as HH:MM, e.g. 16:00)");
            time = defaults.Time;
        }
        var minutes = group.Integer("minutes", bag) ?? defaults.Minutes;
        if (minutes is < 1 or > 24 * 60)
        {
            bag.Error(group.Path, group.PositionOf("minutes"), DiagnosticCode.Reading, $"'minutes' must be between 1 and 1440, not {minutes}");
            minutes = defaults.Minutes;
        }
        return new ReadingGroupSettings { TimeZone = zone, Time = time, Minutes = minutes, Place = group.Text("place", bag, prose: true) };
    }

    /// <summary>The endings editors give Markdown files, compared ignoring case.</summary>
    public static readonly IReadOnlyList<string> MarkdownExtensions = [".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn"];

    private static ImmutableArray<Entry> ReadEntries(string root, string display, string folder, bool recursive, DiagnosticBag bag, EntryCache cache)
    {
        var dir = Path.Combine(root, folder);
        if (!Directory.Exists(dir)) return [];

        var files = EntryFiles(root, display, dir, recursive, bag).Order(StringComparer.Ordinal).ToArray();

        // YAML parsing dominates loading, so files are parsed in parallel; AsOrdered keeps output stable.
        return [.. files
            .AsParallel()
            .AsOrdered()
            .Select(file => cache.Parse(DisplayPath(root, display, file), file, bag))
            .OfType<Entry>()];
    }

    /// <summary>
    /// The Markdown files of a folder. Nothing else in it is skipped without a word: other files and
    /// (where entries are not read from subfolders) folders are reported; only hidden ones (<c>.git</c>,
    /// <c>.DS_Store</c>) are passed over.
    /// </summary>
    private static IEnumerable<string> EntryFiles(string root, string display, string dir, bool recursive, DiagnosticBag bag)
    {
        var pending = new Stack<string>([dir]);
        // A folder linked into itself must not make the walk endless.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(new DirectoryInfo(current).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(current))) continue;
            string[] items;
            try
            {
                items = Directory.GetFileSystemEntries(current);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                bag.Error(DisplayPath(root, display, current) + "/", SourcePosition.Start, DiagnosticCode.Content, $"cannot read this folder: {ex.Message}");
                continue;
            }
            foreach (var item in items)
            {
                var name = Path.GetFileName(item);
                if (name.StartsWith('.')) continue;
                if (Directory.Exists(item))
                {
                    if (recursive) pending.Push(item);
                    else
                        bag.Warning(DisplayPath(root, display, item) + "/", SourcePosition.Start, DiagnosticCode.Ignored,
                            $"folders inside {Path.GetFileName(dir)}/ are not read; move its entries up into {Path.GetFileName(dir)}/");
                }
                else if (MarkdownExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
                {
                    yield return item;
                }
                else
                {
                    bag.Warning(DisplayPath(root, display, item), SourcePosition.Start, DiagnosticCode.Ignored,
                        $"not a Markdown entry, so it is not part of the site; rename it to '{Path.GetFileNameWithoutExtension(name)}.md' if it is one, or move it out of {Path.GetFileName(dir)}/");
                }
            }
        }
    }

    private static string DisplayPath(string root, string display, string file) =>
        display + "/" + Path.GetRelativePath(root, file).Replace('\\', '/');
}
