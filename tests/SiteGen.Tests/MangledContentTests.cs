using System.Diagnostics;
using CsCheck;
using SiteGen.Bench;
using SiteGen.Diagnostics;
using Xunit.Abstractions;

namespace SiteGen.Tests;

/// <summary>
/// Property tests over thousands of broken entries from <see cref="MangledEntries"/>: whatever a contributor
/// writes, loading and building end normally, every problem is located in a real file at a real line, and no
/// entry vanishes without an error that names it. A fixed seed and a bounded count keep <c>dotnet test</c>
/// repeatable and short; <c>bench/mangled.sh</c> runs the same properties longer with random seeds
/// (SITEGEN_FUZZ_ITER, SITEGEN_FUZZ_SEED=random).
/// </summary>
public sealed class MangledContentTests(ITestOutputHelper output)
{
    private const string Seed = "0000eFxFLtWV03";
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_ITER"), out var n) ? n : 30;
    private static readonly string? ChosenSeed = Environment.GetEnvironmentVariable("SITEGEN_FUZZ_SEED") is { } s
        ? s == "random" ? null : s
        : Seed;

    // A hang guard, not a speed test: a whole sample of entries far below this is normal.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(90);

    [Fact]
    public void Mangled_front_matter_never_crashes_and_every_skipped_entry_is_named_at_a_line()
    {
        var entries = 0;
        MangledEntries.BadFrontMatter.Array[60, 60].Sample(sample =>
        {
            using var temp = new TempFolder();
            var content = temp.Combine("content");
            MangledEntries.Write(content, sample);
            var bag = new DiagnosticBag();
            var collection = Bounded(() => SiteBuilder.Load(content, bag, out _));

            var problems = bag.Sorted();
            AssertLocated(problems, content);
            var published = collection!.Papers.Select(p => p.SourcePath).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < sample.Length; i++)
            {
                var path = $"{content}/papers/2025/e{i:D4}.md";
                Assert.True(published.Contains(path) || problems.Any(d => d.Path == path && d.Severity == Severity.Error),
                    $"entry {i} was neither published nor reported:\n{sample[i][..Math.Min(400, sample[i].Length)]}");
            }
            Interlocked.Add(ref entries, sample.Length);
        }, iter: Iterations, seed: ChosenSeed, threads: 1, print: Print);
        output.WriteLine($"{entries} entries with mangled front matter");
    }

    [Fact]
    public void Mangled_markdown_never_crashes_and_builds_or_is_named_at_a_line()
    {
        var entries = 0;
        var clock = Stopwatch.StartNew();
        MangledEntries.BadBody.Array[20, 20].Sample(sample =>
        {
            using var temp = new TempFolder();
            var content = temp.Combine("content");
            MangledEntries.Write(content, sample);
            var report = Bounded(() => SiteBuilder.Render(new BuildOptions(content, Repo.Theme, temp.Combine("output"))));

            AssertLocated(report.Diagnostics, content);
            if (report.Succeeded)
            {
                var pages = report.Files.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal);
                for (var i = 0; i < sample.Length; i++)
                    Assert.Contains($"papers/e{i:D4}/index.html", pages);
            }
            else
            {
                Assert.All(report.Diagnostics.Where(d => d.Severity == Severity.Error),
                    d => Assert.StartsWith($"{content}/papers/2025/e", d.Path));
            }
            Interlocked.Add(ref entries, sample.Length);
        }, iter: Iterations, seed: ChosenSeed, threads: 1, print: Print);
        output.WriteLine($"{entries} entries with mangled Markdown in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static T Bounded<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(HangLimit), $"loading did not finish within {HangLimit.TotalSeconds} s");
        return task.Result;
    }

    private static void AssertLocated(IReadOnlyList<Diagnostic> problems, string content)
    {
        foreach (var d in problems)
        {
            Assert.True(d.Line >= 1 && d.Column >= 1, $"not located: {d}");
            Assert.StartsWith(content, d.Path);
        }
    }

    // CsCheck prints the failing input; entries can be 25,000 characters, so show their starts.
    private static string Print(string[] sample) =>
        string.Join("\n=====\n", sample.Select(e => e.Length > 300 ? e[..300] + $"... ({e.Length} chars)" : e));
}
