using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A paper before author names are resolved to people, with positions for later checks.</summary>
internal sealed record PaperDraft(
    Paper Paper,
    ImmutableArray<WrittenAuthor> Authors,
    SourcePosition TitleAt,
    SourcePosition ArxivAt,
    SourcePosition DoiAt);
