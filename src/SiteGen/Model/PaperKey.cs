using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// One front-matter key of a paper entry, as <see cref="PaperSchema"/> declares it.
/// </summary>
/// <param name="Name">The key as written in front matter (<c>venue</c>).</param>
/// <param name="Description">What the value holds, for messages and <c>--help</c>.</param>
/// <param name="Required">A paper without it is an error.</param>
/// <param name="Option">Whether <c>sitegen new paper</c> takes it as <c>--name</c>.</param>
public sealed record PaperKey(string Name, string Description, bool Required = false, bool Option = false)
{
    /// <summary>
    /// Reads the key into the paper, reporting a bad value at its line. Null for the required keys, which
    /// <see cref="PaperReader"/> reads itself because they are checked against the rest of the collection.
    /// </summary>
    internal Func<FrontMatter, DiagnosticBag, Paper, Paper>? Read { get; init; }
}
