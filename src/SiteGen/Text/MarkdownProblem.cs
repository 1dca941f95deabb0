namespace SiteGen.Text;

/// <summary>Why a Markdown body could not be turned into a page, and where.</summary>
/// <param name="Line">1-based line within the body.</param>
/// <param name="Column">1-based column on that line.</param>
/// <param name="Message">A sentence for the contributor, without the position.</param>
public sealed record MarkdownProblem(int Line, int Column, string Message);
