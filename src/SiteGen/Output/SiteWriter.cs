using SiteGen.Paths;

namespace SiteGen.Output;

/// <summary>
/// Writes a built site into a temporary folder beside the output folder, file by file as the build makes
/// them (so a large site is never held in memory whole), and swaps it in only when the build succeeded,
/// so a failed build never leaves a half-written site. The only code that writes the site.
/// </summary>
public sealed class SiteWriter : IDisposable
{
    /// <summary>Marks a folder as SiteGen's own, so we never replace a folder the user made.</summary>
    public const string Marker = ".sitegen-output";

    private readonly string _outputDir;
    private readonly string _output;
    private readonly string _temp;
    private bool _committed;

    private SiteWriter(string outputDir, string output, string temp)
    {
        _outputDir = outputDir;
        _output = output;
        _temp = temp;
    }

    /// <summary>
    /// Starts writing a site meant for <paramref name="outputDir"/>: creates <c>.&lt;name&gt;.tmp-&lt;guid&gt;</c> beside it
    /// with the <see cref="Marker"/> file. Nothing at <paramref name="outputDir"/> changes until <see cref="Commit"/>.
    /// </summary>
    /// <exception cref="SiteWriteException">The folder exists and was not made by SiteGen, or the temporary folder cannot be made.</exception>
    public static SiteWriter Open(string outputDir)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new SiteWriteException($"cannot write the site to the root folder {output}");
        if (Directory.Exists(output) && !IsOurs(output))
        {
            throw new SiteWriteException(
                $"{outputDir} already holds files that SiteGen did not write; move them away or choose another --output");
        }
        var temp = Path.Combine(parent, $".{Path.GetFileName(output)}.tmp-{Guid.NewGuid():N}");
        return Guarded(outputDir, () =>
        {
            Directory.CreateDirectory(temp);
            File.WriteAllBytes(Path.Combine(temp, Marker), []);
            return new SiteWriter(outputDir, output, temp);
        });
    }

    /// <summary>Writes one file at its <see cref="PublishedFile.OutputPath"/>, bytes as given. Safe to call from parallel threads.</summary>
    /// <exception cref="SiteWriteException">The file would land outside the output folder, or the disk refused the write.</exception>
    public void Write(PublishedFile file)
    {
        var target = Path.GetFullPath(Path.Combine(_temp, file.OutputPath));
        if (!target.StartsWith(_temp + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new SiteWriteException($"refusing to write outside the output folder: {file.OutputPath}");
        Guarded(_outputDir, () =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Bytes);
            return 0;
        });
    }

    /// <summary>
    /// Moves the written site into place; the previous output is removed only after the swap. On failure the
    /// previous output is left (or put back) as it was.
    /// </summary>
    /// <exception cref="SiteWriteException">The disk refused a move; the message says which.</exception>
    public void Commit()
    {
        var old = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.old-{Guid.NewGuid():N}");
        try
        {
            if (Directory.Exists(_output)) Directory.Move(_output, old);
            Directory.Move(_temp, _output);
            _committed = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(old) && !Directory.Exists(_output)) Directory.Move(old, _output);
            throw new SiteWriteException($"could not write {_outputDir}: {ex.Message}");
        }
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }

    /// <summary>Removes the temporary folder unless the site was committed: an abandoned build leaves nothing behind.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(_temp)) Directory.Delete(_temp, recursive: true);
    }

    private static T Guarded<T>(string outputDir, Func<T> io)
    {
        try
        {
            return io();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SiteWriteException($"could not write {outputDir}: {ex.Message}");
        }
    }

    private static bool IsOurs(string dir) =>
        File.Exists(Path.Combine(dir, Marker)) || !Directory.EnumerateFileSystemEntries(dir).Any();
}
