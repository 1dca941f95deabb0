using System.Text;
using YamlDotNet.Serialization;

namespace SiteGen.Content;

/// <summary>
/// Writes an entry's text: YAML front matter between <c>---</c> lines, then the Markdown body.
/// YamlDotNet does the quoting, so any title or name a contributor types stays valid YAML.
/// </summary>
public static class EntryWriter
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithQuotingNecessaryStrings()
        .DisableAliases()
        .Build();

    /// <param name="fields">Keys in the order they should appear; null values are left out.</param>
    public static string Write(IEnumerable<KeyValuePair<string, object?>> fields, string body)
    {
        var kept = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            if (value is not null) kept[key] = value;
        }
        var text = new StringBuilder("---\n").Append(Yaml.Serialize(kept).ReplaceLineEndings("\n")).Append("---\n");
        if (body.Length > 0) text.Append('\n').Append(body.TrimEnd()).Append('\n');
        return text.ToString();
    }
}
