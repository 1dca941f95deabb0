using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace SiteGen.Import;

/// <summary>
/// Asks arXiv, Crossref and DataCite about identifiers as a good citizen: cached answers first (no request), then
/// one request at a time with a User-Agent naming SiteGen and the site's contact address, a timeout per attempt,
/// and retries with exponential backoff on 429, 503, timeouts and connection failures, honouring <c>Retry-After</c>.
/// </summary>
public sealed class MetadataClient : IDisposable
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(2);
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <param name="contact">An e-mail address for the User-Agent (site.yml's <c>contact</c>); services throttle anonymous clients first.</param>
    /// <param name="handler">For tests; by default a plain <see cref="HttpClientHandler"/>.</param>
    public MetadataClient(MetadataCache cache, string? contact, HttpMessageHandler? handler = null)
    {
        Cache = cache;
        _http = new HttpClient(handler ?? new HttpClientHandler()) { Timeout = Timeout.InfiniteTimeSpan };
        var version = typeof(MetadataClient).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent",
            $"SiteGen/{version} (static site generator for paper collections{(contact is { Length: > 0 } ? "; mailto:" + contact : "")})");
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable),
                MaxRetryAttempts = 4,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromSeconds(2),
                UseJitter = true,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
            })
            .AddTimeout(TimeSpan.FromSeconds(30))
            .Build();
    }

    public MetadataCache Cache { get; }

    /// <summary>The answer for <paramref name="id"/>: the cached one, else the service's.</summary>
    /// <returns>
    /// The body and whether it came from the network (the caller caches it once it has read it as a record), or null
    /// when the service does not know the identifier (404).
    /// </returns>
    /// <exception cref="MetadataUnavailableException">The service did not answer, or answered with an error, after the retries.</exception>
    public async Task<(string Body, bool Fetched)?> GetAsync(MetadataService service, string id, CancellationToken cancel = default)
    {
        if (Cache.Read(service, id) is { } cached) return (cached, false);
        var url = service.RequestUrl(id);
        try
        {
            using var response = await _pipeline.ExecuteAsync(
                async token => await _http.GetAsync(url, HttpCompletionOption.ResponseContentRead, token), cancel);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone) return null;
            if (!response.IsSuccessStatusCode)
                throw new MetadataUnavailableException($"{service.Name} answered {(int)response.StatusCode} {response.ReasonPhrase} for {url}");
            return (await response.Content.ReadAsStringAsync(cancel), true);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            throw new MetadataUnavailableException($"{service.Name} could not be reached at {url}: {ex.Message}");
        }
    }

    /// <summary>The wait a 429 or 503 asks for in <c>Retry-After</c> (seconds or a date), at most two minutes; null for the backoff's own.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        if (response?.Headers.RetryAfter is not { } retryAfter) return null;
        var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (wait is not { } w) return null;
        return w < TimeSpan.Zero ? TimeSpan.Zero : w > LongestWait ? LongestWait : w;
    }

    public void Dispose() => _http.Dispose();
}
