using System.CommandLine;
using SiteGen.Cli;

var root = new RootCommand("SiteGen builds a static website from a folder of curated paper entries.");
root.Subcommands.Add(InitCommand.Create());
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(CheckLinksCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ThemeCommand.Create());

// Response files (@file) are off: real titles start with '@' ("@scale: ..."), and no command needs them.
var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
if (parsed.Errors.Count > 0)
{
    // Usage errors exit 2 so scripts can tell them from content errors (1).
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"sitegen: {error.Message}");
    Console.Error.WriteLine("Run 'sitegen --help' for usage.");
    return ExitCodes.Usage;
}
try
{
    return parsed.Invoke();
}
catch (Exception ex)
{
    // A bug in SiteGen, not in the content: say so plainly instead of dumping a stack trace.
    Console.Error.WriteLine($"sitegen: internal error: {ex.Message}");
    Console.Error.WriteLine("This is a bug in SiteGen; please report it with the command you ran.");
    return ExitCodes.ContentErrors;
}
