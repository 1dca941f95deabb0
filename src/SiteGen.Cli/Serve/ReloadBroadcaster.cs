using System.Text.Json;
using System.Threading.Channels;

namespace SiteGen.Cli.Serve;

/// <summary>Sends server-sent events to every open browser tab: <c>reload</c>, <c>problems</c> and <c>fixed</c>.</summary>
internal sealed class ReloadBroadcaster
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _tabs = [];

    public ChannelReader<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate) _tabs.Add(channel);
        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<string> reader)
    {
        lock (_gate) _tabs.RemoveAll(c => c.Reader == reader);
    }

    public void Send(string name, object data)
    {
        var message = Format(name, data);
        lock (_gate)
            foreach (var tab in _tabs) tab.Writer.TryWrite(message);
    }

    /// <summary>One event in the text/event-stream format; JSON data never contains a raw newline.</summary>
    public static string Format(string name, object data) => $"event: {name}\ndata: {JsonSerializer.Serialize(data)}\n\n";
}
