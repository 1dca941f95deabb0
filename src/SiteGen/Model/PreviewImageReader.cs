using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Reads a paper's <c>image:</c>: an http(s) URL, or a mapping <c>{src, width, height, alt}</c> (src required, width and
/// height whole pixels). Every problem is reported at its line and the image is left out.
/// </summary>
internal static class PreviewImageReader
{
    private static readonly string[] Keys = ["src", "width", "height", "alt"];

    public static PreviewImage? Read(FrontMatter fields, DiagnosticBag bag)
    {
        if (!fields.HasValue("image")) return null;
        if (fields.Plain("image") is not IReadOnlyDictionary<string, object?>)
            return LinkField.Read(fields, "image", bag) is { } url ? new PreviewImage(url) : null;

        var image = fields.Section("image", bag);
        if (image is null) return null;
        foreach (var (key, at) in image.Keys.Where(k => !Keys.Contains(k.Key, StringComparer.Ordinal)))
            bag.Warning(image.Path, at, DiagnosticCode.UnknownKey, $"unknown key '{key}' in image (known: {string.Join(", ", Keys)})");
        if (!image.HasValue("src"))
        {
            bag.Error(fields.Path, fields.PositionOf("image"), DiagnosticCode.Required, "'image' needs 'src', the picture's https URL");
            return null;
        }
        var src = LinkField.Read(image, "src", bag);
        var width = image.Integer("width", bag, min: 1);
        var height = image.Integer("height", bag, min: 1);
        var alt = image.Text("alt", bag, prose: true);
        return src is null ? null : new PreviewImage(src, width, height, alt);
    }
}
