using SiteGen.Paths;

namespace SiteGen.Output;

/// <summary>
/// Writes the built site to a temporary folder beside the output folder and swaps it in only when
/// every file is written, so a failed build never leaves a half-written site. The only code that writes.
/// </summary>
public static class SiteWriter
{
    /// <summary>Marks a folder as SiteGen's own, so we never replace a folder the user made.</summary>
    public const string Marker = ".sitegen-output";

    /// <summary>
    /// Writes every file (each at its <see cref="PublishedFile.OutputPath"/>, bytes as given) into a new folder
    /// <c>.&lt;name&gt;.tmp-&lt;guid&gt;</c> beside <paramref name="outputDir"/>, with the <see cref="Marker"/> file, then
    /// moves it into place; the previous output is removed only after the swap. On failure the previous output
    /// is left (or put back) as it was and the temporary folder is removed.
    /// </summary>
    /// <exception cref="SiteWriteException">
    /// The folder exists and was not made by SiteGen, a file would land outside it, or the disk refused a write
    /// or a move; the message says which and what to do.
    /// </exception>
    public static void Write(string outputDir, IEnumerable<PublishedFile> files)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new SiteWriteException($"cannot write the site to the root folder {output}");
        var name = Path.GetFileName(output);
        if (Directory.Exists(output) && !IsOurs(output))
        {
            throw new SiteWriteException(
                $"{outputDir} already holds files that SiteGen did not write; move them away or choose another --output");
        }

        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{name}.tmp-{Guid.NewGuid():N}");
        var old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(temp);
            File.WriteAllBytes(Path.Combine(temp, Marker), []);
            foreach (var file in files)
            {
                var target = Path.GetFullPath(Path.Combine(temp, file.OutputPath));
                if (!target.StartsWith(temp + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new SiteWriteException($"refusing to write outside the output folder: {file.OutputPath}");
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Bytes);
            }

            if (Directory.Exists(output)) Directory.Move(output, old);
            Directory.Move(temp, output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(old) && !Directory.Exists(output)) Directory.Move(old, output);
            throw new SiteWriteException($"could not write {outputDir}: {ex.Message}");
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }

    private static bool IsOurs(string dir) =>
        File.Exists(Path.Combine(dir, Marker)) || !Directory.EnumerateFileSystemEntries(dir).Any();
}
