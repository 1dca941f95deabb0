using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// Prints diagnostics in the chosen <see cref="ReportFormat"/>: <c>path:line:column: severity: message</c>
/// lines on standard error, GitHub workflow commands or one JSON document on standard output.
/// </summary>
internal static class DiagnosticPrinter
{
    /// <summary>The format asked for, else GitHub annotations inside GitHub Actions, else text.</summary>
    public static ReportFormat Choose(ReportFormat? asked) =>
        asked ?? (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true" ? ReportFormat.Github : ReportFormat.Text);

    /// <summary>A kind (code) with more warnings than this is summarised unless <c>--verbose</c>.</summary>
    public const int WarningsListed = 20;

    /// <summary>How many warnings of a summarised kind are still shown, as examples.</summary>
    public const int WarningsShown = 5;

    /// <param name="verbose">
    /// List every warning. Otherwise, in text and GitHub formats, a code with more than <see cref="WarningsListed"/>
    /// warnings prints its first <see cref="WarningsShown"/> and one line counting the rest: thousands of lines bury the
    /// errors. Errors are always all printed, and JSON always carries everything.
    /// </param>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, ReportFormat format, bool verbose = false)
    {
        if (format == ReportFormat.Json)
        {
            PrintJson(diagnostics);
            return;
        }
        var (shown, hidden) = verbose ? (diagnostics, []) : Summarise(diagnostics);
        var writer = format == ReportFormat.Github ? Console.Out : Console.Error;
        foreach (var d in shown) writer.WriteLine(format == ReportFormat.Github ? GithubCommand(d) : d.ToString());
        foreach (var (code, count) in hidden)
            writer.WriteLine($"sitegen: {count} more '{code}' warnings not shown (--verbose lists them all)");
    }

    private static (IReadOnlyList<Diagnostic> Shown, List<(string Code, int Count)> Hidden) Summarise(IReadOnlyList<Diagnostic> diagnostics)
    {
        var crowded = diagnostics.Where(d => d.Severity == Severity.Warning)
            .GroupBy(d => d.Code, StringComparer.Ordinal)
            .Where(g => g.Count() > WarningsListed)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (crowded.Count == 0) return (diagnostics, []);
        var printed = new Dictionary<string, int>(StringComparer.Ordinal);
        var shown = new List<Diagnostic>();
        foreach (var d in diagnostics)
        {
            if (d.Severity == Severity.Warning && crowded.ContainsKey(d.Code))
            {
                printed[d.Code] = printed.GetValueOrDefault(d.Code) + 1;
                if (printed[d.Code] > WarningsShown) continue;
            }
            shown.Add(d);
        }
        return (shown, [.. crowded.Select(c => (c.Key, c.Value - WarningsShown)).OrderBy(c => c.Key, StringComparer.Ordinal)]);
    }

    /// <summary><c>::error file=F,line=L,col=C,title=code::message</c>, escaped as the runner expects.</summary>
    public static string GithubCommand(Diagnostic d)
    {
        var kind = d.Severity == Severity.Error ? "error" : "warning";
        return $"::{kind} file={Property(d.Path)},line={d.Line},col={d.Column},title={Property("sitegen " + d.Code)}::{Data(d.Message)}";

        static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
    }

    private static void PrintJson(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
        json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("path", d.Path);
            json.WriteNumber("line", d.Line);
            json.WriteNumber("column", d.Column);
            json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
            json.WriteString("code", d.Code);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stdout.WriteByte((byte)'\n');
    }
}
