using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Wording shared by the commands' one-line summaries.</summary>
internal static class Summary
{
    public static string Count(IReadOnlyList<Diagnostic> diagnostics, Severity severity)
    {
        var n = diagnostics.Count(d => d.Severity == severity);
        var word = severity == Severity.Error ? "error" : "warning";
        return $"{n} {word}{(n == 1 ? "" : "s")}";
    }
}
