namespace SiteGen.Cli.Serve;

/// <summary>
/// Watches folders and calls back once things settle: editors save in bursts (write, rename, touch),
/// and one rebuild per burst is what the user wants. Each changed path is told at once to <c>touched</c>,
/// so the rebuild need not trust file times alone.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(120);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public ChangeWatcher(IEnumerable<string> folders, Action onChange, Action<string>? touched = null)
    {
        _timer = new Timer(_ => onChange());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            void Changed(string path)
            {
                touched?.Invoke(path);
                Settle();
            }
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                touched?.Invoke(e.OldFullPath);
                Changed(e.FullPath);
            };
            // Too many changes at once overflow the watcher's buffer: then anything in the folder may have changed.
            watcher.Error += (_, _) => Changed(folder);
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
