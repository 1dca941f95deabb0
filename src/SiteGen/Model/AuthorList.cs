using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Reads a paper's <c>authors:</c>: each item is a name, which may end in contribution marks
/// (<see cref="ContributionMarks"/>), or a mapping <c>{name: ..., id: profile-slug}</c> that picks one of
/// several people with one name. Problems are reported at the item.
/// </summary>
internal static class AuthorList
{
    private static readonly string[] MappingKeys = ["name", "id"];

    /// <returns>The authors in order; null when the key is absent.</returns>
    public static ImmutableArray<WrittenAuthor>? Read(FrontMatter fields, DiagnosticBag bag)
    {
        if (!fields.HasValue("authors")) return null;
        var items = fields.Items("authors", bag, prose: true);
        if (items is null) return null;
        var authors = ImmutableArray.CreateBuilder<WrittenAuthor>();
        foreach (var item in items)
        {
            if (Item(item, fields.Path, bag) is { } author) authors.Add(author);
        }
        return authors.ToImmutable();
    }

    private static WrittenAuthor? Item(FrontMatterItem item, string path, DiagnosticBag bag)
    {
        if (item.Text is { } text) return Named(text, null, item.At, path, bag);

        var map = item.Fields!;
        KnownKeys.CheckUnknown(map, MappingKeys, bag);
        var id = map.Text("id", bag);
        var name = map.Text("name", bag, prose: true);
        if (id is null)
        {
            bag.Error(path, item.At, DiagnosticCode.Required,
                "an author written as a mapping needs 'id', the file name of a profile in authors/ (e.g. {name: \"Wei Wang\", id: wei-wang-ucla}); a plain name needs no mapping");
            return name is null ? null : Named(name, null, item.At, path, bag);
        }
        // The name may be left out: the profile's name is shown then.
        return Named(name ?? "", id, item.At, path, bag);
    }

    private static WrittenAuthor? Named(string written, string? id, SourcePosition at, string path, DiagnosticBag bag)
    {
        var (name, marks) = ContributionMarks.Split(written);
        if (name.Length == 0 && id is null)
        {
            bag.Error(path, at, DiagnosticCode.Type, $"the author \"{written}\" has contribution marks but no name");
            return null;
        }
        return new WrittenAuthor(written, name, marks, id, at);
    }
}
