namespace SiteGen.Tests;

/// <summary>
/// Each folder under Fixtures/invalid is a broken content folder with the exact diagnostics it must
/// produce in expected.txt. A new bad-input case is a new folder, not new code.
/// </summary>
public sealed class InvalidContentTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.GetDirectories(Path.Combine(Repo.Fixtures, "invalid")).Select(d => Path.GetFileName(d)).Order()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_content_reports_every_problem_with_file_line_and_column(string name)
    {
        var folder = Path.Combine(Repo.Fixtures, "invalid", name);
        using var site = new BuiltSite(Path.Combine(folder, "content"));

        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0);
        var actual = site.Report.Diagnostics.Select(d => d.ToString().Replace(Path.Combine(folder, "content"), "content"));
        Assert.Equal(expected, actual);
        Assert.False(site.Report.Succeeded);
        Assert.False(Directory.Exists(site.Output), "a failed build must not create the output folder");
    }
}
