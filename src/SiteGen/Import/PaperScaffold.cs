using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Import;

/// <summary>A new entry's file: where it goes and what it says.</summary>
public sealed record PlannedEntry(string File, string DisplayPath, string Text);

/// <summary>
/// Makes the entry file for <c>sitegen new paper</c>. The entry is checked against the collection
/// (<see cref="PlannedEntries"/>) before anything is written, so a file it creates always passes <c>sitegen check</c>.
/// </summary>
public static class PaperScaffold
{
    /// <summary>The checked entry, or null with the reasons in <paramref name="bag"/>.</summary>
    public static PlannedEntry? Plan(string contentDir, NewPaper paper, DiagnosticBag bag)
    {
        var slug = paper.Slug ?? Slug.ForTitle(paper.Title);
        var relative = $"papers/{paper.Date.Year}/{slug}.md";
        var display = contentDir.TrimEnd('/', '\\').Replace('\\', '/') + "/" + relative;
        var file = Path.Combine(contentDir, relative);
        if (File.Exists(file))
        {
            bag.Error(display, SourcePosition.Start, DiagnosticCode.Exists, "this file already exists and was left as it is; choose another name with --slug");
            return null;
        }

        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        List<KeyValuePair<string, object?>> fields =
        [
            new("title", paper.Title),
            new("authors", paper.Authors),
            new("date", paper.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("added", today),
            new("topics", paper.Topics),
            .. paper.Fields.Select(f => new KeyValuePair<string, object?>(f.Key, f.Value)),
            new("categories", paper.Categories.Count > 0 ? paper.Categories : null),
        ];
        var text = EntryWriter.Write(PaperSchema.InWriteOrder(fields),
            "<!-- Your notes, in Markdown: why this paper is on the list, what to read first. -->");

        var planned = new PlannedEntry(file, display, text);
        var own = PlannedEntries.Check(ContentReader.Read(contentDir, new DiagnosticBag()), [planned])[display].ToList();
        foreach (var diagnostic in own) bag.Add(diagnostic);
        return own.Any(d => d.Severity == Severity.Error) ? null : planned;
    }

    /// <summary>Writes the planned file; never replaces one that appeared in the meantime.</summary>
    public static void Write(PlannedEntry entry)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(entry.File)!);
        using var stream = new FileStream(entry.File, FileMode.CreateNew, FileAccess.Write);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(entry.Text));
    }
}
