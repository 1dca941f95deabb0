namespace SiteGen.Diagnostics;

/// <summary>
/// Collects problems from every stage so that all of them are reported at once.
/// Safe to add to from parallel loops.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Error(string path, SourcePosition at, string code, string message) =>
        Add(new Diagnostic(path, at.Line, at.Column, Severity.Error, code, message));

    public void Warning(string path, SourcePosition at, string code, string message) =>
        Add(new Diagnostic(path, at.Line, at.Column, Severity.Warning, code, message));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); }
    }

    /// <summary>Every diagnostic, ordered by file and position so output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return [.. _items
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Message, StringComparer.Ordinal)];
        }
    }
}
