using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// One item of a paper's <c>authors:</c> as written: the text (<c>Wen Liang*</c>), the name without marks,
/// the marks, and the profile id when the item is a mapping (<c>{name: Wei Wang, id: wei-wang-ucla}</c>).
/// </summary>
internal sealed record WrittenAuthor(string Written, string Name, string Marks, string? Id, SourcePosition At);
