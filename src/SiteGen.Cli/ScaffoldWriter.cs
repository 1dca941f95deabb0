namespace SiteGen.Cli;

/// <summary>
/// Writes a set of new files into a folder for <c>init</c> and <c>theme copy</c>: refuses a folder that already
/// has files unless forced, and even then never overwrites one: existing files are kept and listed.
/// </summary>
internal static class ScaffoldWriter
{
    /// <param name="files">Paths relative to <paramref name="dir"/>, <c>/</c>-separated, with their bytes.</param>
    /// <returns>The exit code: 0 when written, 1 when the folder is not empty (nothing written) or cannot be written.</returns>
    public static int Write(string dir, IReadOnlyList<(string Path, byte[] Bytes)> files, bool force)
    {
        if (File.Exists(dir))
        {
            Console.Error.WriteLine($"sitegen: {dir} is a file, not a folder");
            return ExitCodes.ContentErrors;
        }
        // A fresh `git init` or clone of an empty repository is still an empty folder to write a site into.
        if (!force && Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any(entry => Path.GetFileName(entry) != ".git"))
        {
            Console.Error.WriteLine($"sitegen: {dir} is not empty; nothing was written. Pick an empty or new folder, or pass --force to add the files that are missing (existing files are kept).");
            return ExitCodes.ContentErrors;
        }

        var kept = new List<string>();
        try
        {
            foreach (var (relative, bytes) in files)
            {
                var path = Path.Combine(dir, relative);
                if (File.Exists(path))
                {
                    kept.Add(relative);
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitegen: cannot write into {dir}: {ex.Message}");
            return ExitCodes.ContentErrors;
        }

        foreach (var path in kept) Console.WriteLine($"Kept {path}: it exists already.");
        Console.WriteLine($"Wrote {files.Count - kept.Count} files into {dir}.");
        return ExitCodes.Success;
    }
}
