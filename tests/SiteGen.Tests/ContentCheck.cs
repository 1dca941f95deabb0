using SiteGen.Diagnostics;

namespace SiteGen.Tests;

/// <summary>What <c>sitegen check</c> reports for a content folder, found in process: loading is the check.</summary>
internal static class ContentCheck
{
    /// <summary>Every problem, sorted by path and position, as the command prints them.</summary>
    public static IReadOnlyList<Diagnostic> Of(string contentDir)
    {
        var bag = new DiagnosticBag();
        SiteBuilder.Load(contentDir, bag, out _);
        return bag.Sorted();
    }

    /// <summary>The collection as loaded; fails, listing the errors, when it has any.</summary>
    public static Model.Collection Loaded(string contentDir)
    {
        var bag = new DiagnosticBag();
        var collection = SiteBuilder.Load(contentDir, bag, out _)!;
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return collection;
    }

    /// <summary>Fails unless the check would pass (exit code 0): no errors; warnings are allowed.</summary>
    public static void Passes(string contentDir)
    {
        var problems = Of(contentDir);
        Assert.True(problems.All(d => d.Severity != Severity.Error), string.Join('\n', problems));
    }
}
