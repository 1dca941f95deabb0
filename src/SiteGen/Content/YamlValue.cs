using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// A front-matter value as SiteGen reads it: scalars keep the text exactly as written (no YAML type
/// resolution), and each node knows its 1-based file position. Built by <see cref="YamlDocumentReader"/>,
/// never deeper than <see cref="YamlDocumentReader.MaxDepth"/>, so walks over it cannot overflow the stack.
/// </summary>
internal abstract record YamlValue(SourcePosition At);

/// <param name="IsPlain">Written without quotes or block indicators, so YAML's null words apply.</param>
/// <param name="Uncut">
/// When an inline comment follows the unquoted value, the whole rest of its line as written: YAML cut the
/// value at the comment, which may have been part of it.
/// </param>
internal sealed record YamlScalar(string Value, bool IsPlain, SourcePosition At, string? Uncut = null) : YamlValue(At)
{
    /// <summary><c>~</c>, <c>null</c> and an empty value mean "no value" in YAML, unless quoted.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record YamlList(ImmutableArray<YamlValue> Items, SourcePosition At) : YamlValue(At);

/// <summary>A mapping in file order; keys are text and unique (a repeated key is reported and dropped).</summary>
internal sealed record YamlMap(ImmutableArray<(YamlScalar Key, YamlValue Value)> Entries, SourcePosition At) : YamlValue(At)
{
    public YamlValue? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}
