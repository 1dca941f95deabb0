using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics as <c>path:line:column: severity: message</c>, one per line, to standard error.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Console.Error.WriteLine(diagnostic);
    }
}
