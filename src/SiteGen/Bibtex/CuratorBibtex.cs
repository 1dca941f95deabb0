using SiteGen.Diagnostics;

namespace SiteGen.Bibtex;

/// <summary>
/// A curator may write a paper's BibTeX record in its <c>bibtex</c> field. That record is then the paper's
/// record everywhere (its page and every <c>.bib</c> file), so it must be one well-formed record whose key
/// no other curated record uses; generated keys step around curated ones.
/// </summary>
internal static class CuratorBibtex
{
    /// <summary>Reports, at each <c>bibtex</c> field, a record the parser rejects, not exactly one record, or a key used twice.</summary>
    /// <param name="fields">Each paper's file, where its <c>bibtex</c> field is written, and the field's text.</param>
    public static void Check(IEnumerable<(string Path, SourcePosition At, string Text)> fields, DiagnosticBag bag)
    {
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, at, text) in fields)
        {
            var problems = new DiagnosticBag();
            var records = BibtexParser.Parse(path, text, problems);
            foreach (var problem in problems.Sorted())
                bag.Error(path, at, DiagnosticCode.Bibtex, $"'bibtex' is not a well-formed record (its line {problem.Line}): {problem.Message}");
            if (problems.HasErrors) continue;
            if (records.Count != 1)
            {
                bag.Error(path, at, DiagnosticCode.Bibtex, $"'bibtex' must hold exactly one record such as @article{{key, title = {{...}}}}, not {records.Count}");
                continue;
            }
            var key = records[0].Key;
            if (keys.TryGetValue(key, out var other))
                bag.Error(path, at, DiagnosticCode.Bibtex, $"the BibTeX key '{key}' is also used by {other}; keys must be unique in the .bib files");
            else
                keys[key] = path;
        }
    }

    /// <summary>The key of a curated record, or null when it is not exactly one well-formed record.</summary>
    public static string? KeyOf(string record)
    {
        var problems = new DiagnosticBag();
        var records = BibtexParser.Parse("bibtex", record, problems);
        return !problems.HasErrors && records.Count == 1 ? records[0].Key : null;
    }
}
