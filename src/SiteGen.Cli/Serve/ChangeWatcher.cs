namespace SiteGen.Cli.Serve;

/// <summary>
/// Watches folders and calls back once things settle: editors save in bursts (write, rename, touch),
/// and one rebuild per burst is what the user wants.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(120);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public ChangeWatcher(IEnumerable<string> folders, Action onChange)
    {
        _timer = new Timer(_ => onChange());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => Settle();
            watcher.Created += (_, _) => Settle();
            watcher.Deleted += (_, _) => Settle();
            watcher.Renamed += (_, _) => Settle();
            // Too many changes at once overflow the watcher's buffer; a rebuild covers them all.
            watcher.Error += (_, _) => Settle();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Settle() => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
