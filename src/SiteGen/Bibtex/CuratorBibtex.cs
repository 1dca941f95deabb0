using SiteGen.Content;
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
    public static void Check(ContentSet content, DiagnosticBag bag)
    {
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in content.Papers)
        {
            if (entry.Fields.Text("bibtex", new DiagnosticBag()) is not { } text) continue;
            var at = entry.Fields.PositionOf("bibtex");
            var problems = new DiagnosticBag();
            var records = BibtexParser.Parse(entry.Path, text, problems);
            foreach (var problem in problems.Sorted())
                bag.Error(entry.Path, at, "bibtex", $"'bibtex' is not a well-formed record (its line {problem.Line}): {problem.Message}");
            if (problems.HasErrors) continue;
            if (records.Count != 1)
            {
                bag.Error(entry.Path, at, "bibtex", $"'bibtex' must hold exactly one record such as @article{{key, title = {{...}}}}, not {records.Count}");
                continue;
            }
            var key = records[0].Key;
            if (keys.TryGetValue(key, out var other))
                bag.Error(entry.Path, at, "bibtex", $"the BibTeX key '{key}' is also used by {other}; keys must be unique in the .bib files");
            else
                keys[key] = entry.Path;
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
