using Spectre.Console;

namespace SiteGen.Cli;

/// <summary>
/// Shows a build's steps as live progress bars on an interactive terminal; in CI or when output is
/// redirected it shows nothing live, and the caller prints plain lines instead.
/// </summary>
internal static class BuildProgressDisplay
{
    public static bool IsInteractive =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("CI") is null
        && AnsiConsole.Profile.Capabilities.Interactive;

    public static BuildReport Run(Func<IProgress<BuildProgress>?, BuildReport> build)
    {
        if (!IsInteractive) return build(null);
        BuildReport? report = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => report = build(new Bars(context)));
        return report!;
    }

    /// <summary>One bar per step; the pages step reports from many threads, and Spectre's tasks are not thread-safe.</summary>
    private sealed class Bars(ProgressContext context) : IProgress<BuildProgress>
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, ProgressTask> _tasks = [];

        public void Report(BuildProgress value)
        {
            lock (_gate)
            {
                if (!_tasks.TryGetValue(value.Step, out var task))
                {
                    foreach (var earlier in _tasks.Values) earlier.Value = earlier.MaxValue;
                    task = _tasks[value.Step] = context.AddTask(value.Step);
                    task.IsIndeterminate = value.Total == 0;
                }
                if (value.Total > 0)
                {
                    task.IsIndeterminate = false;
                    task.MaxValue = value.Total;
                    task.Value = value.Done;
                }
            }
        }
    }
}
