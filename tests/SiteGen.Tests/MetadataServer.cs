using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SiteGen.Tests;

/// <summary>
/// arXiv, Crossref and DataCite played on 127.0.0.1 (HttpListener) from the answers in Fixtures/metadata, written in
/// each service's real format; unknown ids get what the services answer (an empty Atom feed, a 404). Records every request.
/// </summary>
internal sealed class MetadataServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly int _port;
    private readonly ConcurrentQueue<(string Path, string? UserAgent)> _requests = new();
    // Statuses to answer before the real answer, with their Retry-After, for the retry tests.
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();

    public MetadataServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        _port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{_port}/");
        _listener.Start();
        _ = Task.Run(Serve);
    }

    /// <summary>The environment that points sitegen at this server.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["SITEGEN_ARXIV_API"] = $"http://127.0.0.1:{_port}/arxiv/api/query",
        ["SITEGEN_CROSSREF_API"] = $"http://127.0.0.1:{_port}/crossref",
        ["SITEGEN_DATACITE_API"] = $"http://127.0.0.1:{_port}/datacite",
    };

    public IReadOnlyList<(string Path, string? UserAgent)> Requests => [.. _requests];

    /// <summary>The next request gets this status (e.g. 503) with this Retry-After, before any real answer.</summary>
    public void FailNext(int status, string? retryAfter) => _failures.Enqueue((status, retryAfter));

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(Repo.Fixtures, "metadata", name));

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException) { return; }
            var request = context.Request;
            _requests.Enqueue((request.Url!.PathAndQuery, request.UserAgent));
            var response = context.Response;
            if (_failures.TryDequeue(out var failure))
            {
                response.StatusCode = failure.Status;
                if (failure.RetryAfter is not null) response.Headers["Retry-After"] = failure.RetryAfter;
                response.Close();
                continue;
            }
            var (status, type, body) = Answer(request.Url!.AbsolutePath, request.QueryString["id_list"]);
            response.StatusCode = status;
            response.ContentType = type;
            var bytes = Encoding.UTF8.GetBytes(body);
            await response.OutputStream.WriteAsync(bytes);
            response.Close();
        }
    }

    private static (int Status, string Type, string Body) Answer(string path, string? arxivId)
    {
        if (path.StartsWith("/arxiv/", StringComparison.Ordinal))
        {
            var file = Path.Combine(Repo.Fixtures, "metadata", $"arxiv-{arxivId}.xml");
            var body = File.Exists(file) ? File.ReadAllText(file)
                : Fixture(arxivId is not null && System.Text.RegularExpressions.Regex.IsMatch(arxivId, @"^\d{4}\.\d{4,5}$") ? "arxiv-empty.xml" : "arxiv-error.xml");
            return (200, "application/atom+xml; charset=utf-8", body);
        }
        var service = path.Split('/')[1];
        var doi = Uri.UnescapeDataString(path[(path.IndexOf('/', 1) + 1)..]);
        doi = doi[(doi.IndexOf('/') + 1)..]; // after "works/" or "dois/"
        var name = Path.Combine(Repo.Fixtures, "metadata", $"{service}-{doi.Replace('/', '-')}.json");
        return File.Exists(name)
            ? (200, "application/json", File.ReadAllText(name))
            : service == "crossref" ? (404, "text/plain", "Resource not found.") : (404, "application/vnd.api+json", "{\"errors\":[{\"status\":\"404\",\"title\":\"The resource you are looking for doesn't exist.\"}]}");
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
