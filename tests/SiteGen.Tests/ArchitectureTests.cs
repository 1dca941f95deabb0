using NetArchTest.Rules;

namespace SiteGen.Tests;

/// <summary>
/// The dependency rules of DESIGN.md's "Architecture" table, checked on the compiled library: each part
/// (a folder and namespace of <c>src/SiteGen/</c>) uses only the parts the table allows, nothing but the
/// orchestrator uses the orchestrator, and no two parts depend on each other in a cycle.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Root = "SiteGen";

    // What each part may use besides itself. Diagnostics may be used by every part (it depends on nothing).
    // Content's settings reach Search, Rendering and Publishing through Collection.Site, so they may name them.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Diagnostics"] = [],
        ["Paths"] = [],
        ["Text"] = ["Paths"],
        ["Content"] = ["Diagnostics"],
        ["Model"] = ["Content", "Text", "Paths", "Diagnostics"],
        ["Search"] = ["Model", "Text", "Paths", "Content", "Diagnostics"],
        ["Rendering"] = ["Model", "Text", "Paths", "Content", "Diagnostics"],
        ["Publishing"] = ["Model", "Paths", "Bibtex", "Content", "Diagnostics"],
        ["Bibtex"] = ["Diagnostics"],
        ["Import"] = ["Model", "Content", "Bibtex", "Diagnostics"],
        ["Output"] = ["Paths", "Diagnostics"],
    };

    // The orchestrator and the types it takes and returns live in the root namespace.
    private static readonly string[] Orchestrator = ["SiteGen.SiteBuilder", "SiteGen.BuildOptions", "SiteGen.BuildReport", "SiteGen.BuildProgress", "SiteGen.BuildCache"];

    public static TheoryData<string> Parts() => [.. Allowed.Keys];

    [Fact]
    public void Every_folder_of_the_library_is_a_part_the_rules_know()
    {
        var namespaces = typeof(SiteBuilder).Assembly.GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(n => n.StartsWith(Root + ".", StringComparison.Ordinal))
            .Select(n => n.Split('.')[1])
            .ToHashSet(StringComparer.Ordinal);
        Assert.Empty(namespaces.Except(Allowed.Keys));
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void A_part_uses_only_the_parts_design_allows(string part)
    {
        var forbidden = Allowed.Keys.Where(p => p != part && !Allowed[part].Contains(p)).Select(p => $"{Root}.{p}").Concat(Orchestrator).ToArray();
        var result = Types.InAssembly(typeof(SiteBuilder).Assembly)
            .That().ResideInNamespace($"{Root}.{part}")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();
        Assert.True(result.IsSuccessful,
            $"{part} may use only {string.Join(", ", Allowed[part].DefaultIfEmpty("nothing"))}; these types use more: " +
            string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Fact]
    public void No_two_parts_depend_on_each_other_in_a_cycle()
    {
        var parts = Allowed.Keys.ToList();
        var uses = parts.ToDictionary(p => p, p => parts.Where(q => q != p && Uses(p, q)).ToList(), StringComparer.Ordinal);

        var cycles = new List<string>();
        foreach (var start in parts) Walk(start, [start]);
        Assert.True(cycles.Count == 0, "cycles: " + string.Join("; ", cycles.Distinct()));

        void Walk(string part, List<string> path)
        {
            foreach (var next in uses[part])
            {
                if (next == path[0]) cycles.Add(string.Join(" -> ", path.Append(next)));
                else if (!path.Contains(next)) Walk(next, [.. path, next]);
            }
        }
    }

    private static bool Uses(string part, string other) =>
        !Types.InAssembly(typeof(SiteBuilder).Assembly)
            .That().ResideInNamespace($"{Root}.{part}")
            .ShouldNot().HaveDependencyOnAny($"{Root}.{other}")
            .GetResult().IsSuccessful;
}
