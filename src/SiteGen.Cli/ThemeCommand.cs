using System.CommandLine;
using SiteGen.Rendering;

namespace SiteGen.Cli;

/// <summary><c>sitegen theme copy DIR</c>: writes the theme built into SiteGen out, for a lab that wants to own its theme.</summary>
internal static class ThemeCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = $"Folder to write the theme into (\"{CommonOptions.ThemeFolderHere}\" is used by build and serve without --theme)" };
        var force = new Option<bool>("--force") { Description = "Write into a folder that has files already (never overwriting one)" };
        var copy = new Command("copy", "Write the default theme built into SiteGen into a folder, to change it there.") { dir, force };
        copy.SetAction(result =>
        {
            var target = result.GetValue(dir)!;
            var code = ScaffoldWriter.Write(target, DefaultTheme.Files, result.GetValue(force));
            if (code == ExitCodes.Success)
            {
                var use = Path.GetFullPath(target) == Path.GetFullPath(CommonOptions.ThemeFolderHere)
                    ? "build and serve use it from now on, in this folder"
                    : $"build and serve with --theme {target}";
                Console.WriteLine($"The theme is yours: {use}. To change only a few files, copy them to the same path under content/theme/ instead.");
            }
            return code;
        });
        return new Command("theme", "Work with the theme.") { copy };
    }
}
