using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Content;

namespace SiteGen.Cli.Init;

/// <summary>
/// The files of a new site repository, kept as files under <c>src/SiteGen.Cli/Init/site/</c> and embedded in the tool.
/// Placeholders (<c>@@TITLE@@</c>...) are filled in, each escaped for the kind of file it lands in.
/// </summary>
internal static class SiteTemplate
{
    private const string Prefix = "init/";

    // A JSON string is a YAML double-quoted scalar too; "relaxed" keeps accents and apostrophes readable
    // (only the quote, the backslash and control characters are escaped, which is all YAML needs).
    private static readonly JsonSerializerOptions YamlString = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every file, its path relative to the new site's folder (<c>/</c>-separated) and its bytes, by path.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(NewSite site)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["@@TITLE@@"] = JsonSerializer.Serialize(site.Title, YamlString),
            ["@@TITLE_TEXT@@"] = site.Title.ReplaceLineEndings(" "),
            ["@@BASE_URL@@"] = JsonSerializer.Serialize(site.BaseUrl, YamlString),
            ["@@FORMAT@@"] = ContentFormat.Current.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["@@VERSION@@"] = site.ToolVersion,
        };
        var assembly = typeof(SiteTemplate).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                // MSBuild writes the folder part of a resource name with the separator of the machine that compiled it.
                .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
                .Select(name => (name[Prefix.Length..].Replace('\\', '/'), Encoding.UTF8.GetBytes(Fill(Read(assembly, name), values))))
                .OrderBy(f => f.Item1, StringComparer.Ordinal),
        ];
    }

    private static string Fill(string text, Dictionary<string, string> values) =>
        values.Aggregate(text, (filled, value) => filled.Replace(value.Key, value.Value, StringComparison.Ordinal));

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
