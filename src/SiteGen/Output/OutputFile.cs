namespace SiteGen.Output;

/// <summary>One file of the built site, in memory, at a path relative to the output folder.</summary>
public sealed record OutputFile(string Path, byte[] Bytes);
