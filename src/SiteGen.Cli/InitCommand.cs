using System.CommandLine;
using System.Reflection;
using SiteGen.Cli.Init;

namespace SiteGen.Cli;

/// <summary><c>sitegen init DIR</c>: a new site repository with example content, the pinned tool and its workflows.</summary>
internal static class InitCommand
{
    /// <summary>This SiteGen's version, as <c>--version</c> prints it and <c>.config/dotnet-tools.json</c> pins it.</summary>
    public static string ToolVersion =>
        typeof(InitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "Folder for the new site, created if missing", DefaultValueFactory = _ => "." };
        var title = new Option<string>("--title") { Description = "The site's name", DefaultValueFactory = _ => "Reading list" };
        var baseUrl = new Option<string>("--base-url") { Description = "Where it will be published, e.g. https://lab.github.io/reading-list/ (the workflows pass their own)", DefaultValueFactory = _ => "/" };
        var force = new Option<bool>("--force") { Description = "Write into a folder that has files already (never overwriting one)" };

        var command = new Command("init", "Create a new site repository: example content, SiteGen pinned as a local tool, GitHub Pages and Netlify set-up.")
        {
            dir, title, baseUrl, force,
        };
        command.SetAction(result =>
        {
            var name = result.GetValue(title)!.Trim();
            if (name.Length == 0)
            {
                Console.Error.WriteLine("sitegen: --title must not be empty");
                return ExitCodes.Usage;
            }
            var url = result.GetValue(baseUrl)!;
            if (!url.StartsWith('/') && !(Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"))
            {
                // Anything else would be read as a path ("lab.github.io/list" becomes /lab.github.io/list/).
                Console.Error.WriteLine($"sitegen: --base-url must be a full address such as https://lab.github.io/reading-list/ or a path starting with /, not \"{url}\"");
                return ExitCodes.Usage;
            }
            var target = result.GetValue(dir)!;
            var code = ScaffoldWriter.Write(target, SiteTemplate.Files(new NewSite(name, url, ToolVersion)), result.GetValue(force));
            if (code != ExitCodes.Success) return code;

            var cd = Path.GetFullPath(target) == Path.GetFullPath(".") ? "" : $"\n  cd {target}";
            Console.WriteLine($"""

                Next steps:{cd}
                  dotnet tool restore       # SiteGen {ToolVersion}, as pinned in .config/dotnet-tools.json
                  dotnet sitegen serve      # preview on http://127.0.0.1:4000/ while you edit content/
                  git init -b main && git add . && git commit -m "New reading list"
                Then push to GitHub and set Settings > Pages > Source to "GitHub Actions" (README.md says more).
                """);
            return ExitCodes.Success;
        });
        return command;
    }
}
