namespace SiteGen.Import;

/// <summary>A metadata service could not be reached or answered with an error, after retries; the message says which and why.</summary>
public sealed class MetadataUnavailableException(string message) : Exception(message);
