using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A whole YAML file that SiteGen reads (<c>site.yml</c>, an import's <c>--topic-map</c>), read with the same guards as front matter.</summary>
public static class YamlFile
{
    /// <param name="file">The file to read; it must exist.</param>
    /// <param name="displayPath">How diagnostics name the file.</param>
    /// <returns>The top-level mapping, or null when the file is not a usable YAML mapping (reported in <paramref name="bag"/>).</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static FrontMatter? Read(string file, string displayPath, DiagnosticBag bag) =>
        YamlDocumentReader.Read(displayPath, SourceText.Decode(displayPath, File.ReadAllBytes(file), bag), lineOffset: 0, bag);
}
