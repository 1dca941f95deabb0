namespace SiteGen.Tests;

/// <summary>Paths of the repository the tests run in: the shipped content, theme and fixtures.</summary>
internal static class Repo
{
    public static readonly string Root = FindRoot();
    public static string Content => Path.Combine(Root, "content");
    public static string Theme => Path.Combine(Root, "theme");
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
