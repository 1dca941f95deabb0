namespace SiteGen.Tests;

/// <summary>Paths of the repository the tests run in: the theme, the fixtures and the live content.</summary>
internal static class Repo
{
    public static readonly string Root = FindRoot();

    /// <summary>
    /// The lab's own collection, which changes whenever the lab edits it: only the smoke test reads it.
    /// Every other test uses <see cref="SeedSite"/> or an <see cref="InlineSite"/>.
    /// </summary>
    public static string LiveContent => Path.Combine(Root, "content");

    public static string Theme => Path.Combine(Root, "theme");
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
