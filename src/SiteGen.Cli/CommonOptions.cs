using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>Options several commands share, spelled and defaulted the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Content() =>
        new("--content") { Description = "Content folder to read", DefaultValueFactory = _ => "content" };

    public static Option<string?> Theme() =>
        new("--theme") { Description = $"Theme folder to render with (default: {ThemeFolderHere}/ when there is one here, else the theme built into SiteGen)" };

    /// <summary>The folder <c>sitegen theme copy</c> suggests and <see cref="ThemeFolder"/> picks up unasked.</summary>
    public const string ThemeFolderHere = "theme";

    /// <summary>
    /// The theme folder to render with: <c>--theme</c> when given, else <c>theme/</c> in the current folder when it
    /// exists (this repository; a lab that copied the theme to own it), else null: the theme built into SiteGen.
    /// </summary>
    public static string? ThemeFolder(string? given) =>
        given ?? (Directory.Exists(ThemeFolderHere) ? ThemeFolderHere : null);

    public static Option<string?> BaseUrl() =>
        new("--base-url") { Description = "Where the site is published, e.g. https://lab.github.io/reading-list/ (overrides site.yml)" };

    public static Option<ReportFormat?> Format() =>
        new("--format") { Description = "How to print problems: text, github (workflow annotations; the default when GITHUB_ACTIONS=true) or json" };

    public static Option<bool> Verbose() =>
        new("--verbose") { Description = $"List every warning (otherwise a kind with more than {DiagnosticPrinter.WarningsListed} warnings shows its first {DiagnosticPrinter.WarningsShown} and a count; --format json always lists all)" };
}
