namespace SiteGen.Diagnostics;

/// <summary>
/// One problem found in the content, at a 1-based line and column of a file.
/// Prints as <c>path:line:column: error|warning: message</c>, the form editors and CI logs link.
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message)
{
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
