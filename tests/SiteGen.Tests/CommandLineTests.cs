namespace SiteGen.Tests;

/// <summary>Runs the real <c>sitegen</c> program as a user would, checking exit codes and what it prints.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Build_with_four_content_errors_exits_1_prints_all_four_and_leaves_the_old_output_untouched()
    {
        using var site = InlineSite.OnePaper();
        var output = Path.Combine(site.Root, "output");
        Assert.True(SiteBuilder.Build(new BuildOptions(site.Content, Repo.Theme, output)).Succeeded);
        var before = TreeHash.Of(output);

        var broken = Path.Combine(Repo.Fixtures, "invalid", "01-four-problems", "content");
        var bad = Run("build", "--content", broken, "--theme", Repo.Theme, "--output", output);

        Assert.Equal(1, bad.ExitCode);
        var problems = bad.Stderr.Split('\n').Where(l => l.Contains(": error: ")).ToList();
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, l => l.Contains("malformed-yaml.md:2:") && l.Contains("invalid YAML"));
        Assert.Contains(problems, l => l.Contains("missing-title.md:2:1:") && l.Contains("'title'"));
        Assert.Contains(problems, l => l.Contains("bad-date.md:4:7:") && l.Contains("2025-13-01"));
        Assert.Contains(problems, l => l.Contains("unknown-topic.md:7:5:") && l.Contains("did you mean 'diffusion-models'"));
        Assert.DoesNotContain("   at ", bad.Stderr);
        Assert.Equal(before, TreeHash.Of(output));
    }

    [Fact]
    public void Build_output_redirected_is_plain_lines_ending_in_a_one_line_summary()
    {
        using var site = InlineSite.OnePaper();
        var result = Run("build", "--content", site.Content, "--theme", Repo.Theme, "--output", Path.Combine(site.Root, "output"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\u001b[", result.Stdout + result.Stderr);
        var lines = result.Stdout.TrimEnd().Split('\n');
        Assert.StartsWith("Steps: load ", lines[0]);
        Assert.Matches(@"^Built \d+ pages \(\d+ files\) into .+ in \d+\.\d\d s, 0 warnings\.$", lines[^1]);
    }

    [Fact]
    public void Build_refuses_to_replace_a_folder_it_did_not_create()
    {
        using var site = InlineSite.OnePaper();
        using var temp = new TempFolder();
        var notes = temp.Write("my-notes/thesis.tex", "precious");
        var result = Run("build", "--content", site.Content, "--theme", Repo.Theme, "--output", Path.GetDirectoryName(notes)!);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did not write", result.Stderr);
        Assert.Equal("precious", File.ReadAllText(notes));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("build", "--build-date", "2031-13-01")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(2, Run(args).ExitCode);

    [Fact]
    public void Build_help_lists_its_options()
    {
        var help = Run("build", "--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var option in new[] { "--content", "--theme", "--output", "--base-url", "--build-date" })
            Assert.Contains(option, help.Stdout);
    }

    private static SitegenResult Run(params string[] args) => Sitegen.Run(args);
}
