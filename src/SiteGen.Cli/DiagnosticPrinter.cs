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

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, ReportFormat format)
    {
        switch (format)
        {
            case ReportFormat.Json:
                PrintJson(diagnostics);
                break;
            case ReportFormat.Github:
                foreach (var d in diagnostics) Console.Out.WriteLine(GithubCommand(d));
                break;
            default:
                foreach (var d in diagnostics) Console.Error.WriteLine(d);
                break;
        }
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
