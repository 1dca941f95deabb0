using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>Reads a paper's <c>relations:</c> mapping; the targets are checked once every slug is known (<see cref="LabReferences"/>).</summary>
internal static class RelationsReader
{
    private static readonly string[] Keys = [.. RelationKind.All.Select(k => k.Key)];

    public static ImmutableArray<PaperRelation> Read(FrontMatter fields, DiagnosticBag bag)
    {
        if (fields.Section("relations", bag) is not { } f) return [];
        KnownKeys.CheckUnknown(f, Keys, bag);
        return
        [
            .. RelationKind.All.SelectMany(kind => (f.List(kind.Key, bag) ?? [])
                .DistinctBy(t => t.Value, StringComparer.Ordinal)
                .Select(t => new PaperRelation(kind, t.Value, t.At))),
        ];
    }
}
