namespace SiteGen.Diagnostics;

/// <summary>
/// Collects problems from every stage so that all of them are reported at once.
/// Safe to add to from parallel loops.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    /// <param name="code">The kind of problem, from the catalogue.</param>
    public void Error(string path, SourcePosition at, DiagnosticCode code, string message) =>
        Add(new Diagnostic(path, at.Line, at.Column, Severity.Error, code.Name, message));

    /// <param name="code">The kind of problem, from the catalogue.</param>
    public void Warning(string path, SourcePosition at, DiagnosticCode code, string message) =>
        Add(new Diagnostic(path, at.Line, at.Column, Severity.Warning, code.Name, message));

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
