namespace SiteGen.Output;

/// <summary>The output folder could not be written or replaced; the message says why and what to do.</summary>
public sealed class SiteWriteException(string message) : Exception(message);
