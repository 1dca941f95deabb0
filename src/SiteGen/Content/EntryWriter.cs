using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

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
        .WithEventEmitter(next => new FlowLists(next))
        .Build();

    /// <param name="fields">Keys in the order they should appear; null values are left out.</param>
    public static string Write(IEnumerable<KeyValuePair<string, object?>> fields, string body)
    {
        var text = new StringBuilder("---\n").Append(Fields(fields)).Append("---\n");
        if (body.Length > 0) text.Append('\n').Append(body.TrimEnd()).Append('\n');
        return text.ToString();
    }

    /// <summary>Just the YAML lines of <paramref name="fields"/>, each ending in a newline; null values are left out.</summary>
    public static string Fields(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        var kept = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            if (value is not null) kept[key] = value;
        }
        return kept.Count == 0 ? "" : Yaml.Serialize(kept).ReplaceLineEndings("\n");
    }

    /// <summary>Lists as <c>[a, b]</c>, the way the rest of the collection writes authors and topics.</summary>
    private sealed class FlowLists(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(SequenceStartEventInfo eventInfo, IEmitter emitter)
        {
            eventInfo.Style = SequenceStyle.Flow;
            base.Emit(eventInfo, emitter);
        }
    }
}
