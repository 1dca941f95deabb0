using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Search;

namespace SiteGen.Tests;

/// <summary>
/// A folder for the Node scripts in <c>tests/search</c>: <c>site/</c>, a build (or its search files), and
/// <c>documents.json</c>, what the C# side indexed.
/// </summary>
internal static class SearchFolder
{
    /// <summary>
    /// Builds the site into <c>folder/site</c> and writes <c>folder/documents.json</c>: each paper's raw
    /// field texts and the boosts, which the Node side normalises with search-core.js and gives to lunr.js.
    /// </summary>
    public static string Prepare(string content, string folder, string? baseUrl = null)
    {
        var report = SiteBuilder.Build(new BuildOptions(content, Repo.Theme, Path.Combine(folder, "site"), baseUrl));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        WriteDocuments(SiteBuilder.Load(content, new DiagnosticBag(), out _)!, folder);
        return folder;
    }

    /// <summary>
    /// The same folder with only what lunr-equality.mjs reads, <c>site/search/</c>: the files the build's search step
    /// makes, without the pages (a full build of the 1,000 papers cost more than the rest of the test).
    /// </summary>
    public static string PrepareSearchFiles(string content, string folder)
    {
        var bag = new DiagnosticBag();
        var collection = SiteBuilder.Load(content, bag, out _)!;
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        foreach (var file in SearchFiles.Build(collection, collection.Site.Search).Files)
        {
            var target = Path.Combine(folder, "site", file.OutputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Bytes);
        }
        WriteDocuments(collection, folder);
        return folder;
    }

    /// <summary>The same folder for a site already built: <c>folder/site</c> links to its output, which the Node side only reads.</summary>
    public static string Prepare(BuiltSite site, Collection collection, string folder)
    {
        Directory.CreateDirectory(folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "site"), site.Output);
        WriteDocuments(collection, folder);
        return folder;
    }

    private static void WriteDocuments(Collection collection, string folder)
    {
        var documents = new
        {
            fields = SearchDocuments.FieldNames,
            boosts = collection.Site.Search.Boosts,
            documents = SearchDocuments.Of(collection).Select(d => new { @ref = d.Ref, slug = d.Paper.Slug, fields = d.Fields, topics = d.Paper.Topics }),
            topics = collection.Topics.Select(t => new { slug = t.Slug, title = t.Title, parent = t.Parent }),
        };
        File.WriteAllText(Path.Combine(folder, "documents.json"), JsonSerializer.Serialize(documents));
    }
}
