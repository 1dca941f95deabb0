namespace SiteGen.Cli;

/// <summary>How diagnostics are printed: for people, for GitHub's annotations, or for tools.</summary>
internal enum ReportFormat
{
    Text,
    Github,
    Json,
}
