using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>Reads and checks a paper's <c>reading:</c> mapping; the presenter is checked against the authors later (<see cref="LabReferences"/>).</summary>
internal static class ReadingReader
{
    private static readonly string[] Keys = ["status", "discussed", "presenter", "slides", "why", "takeaways"];

    public static Reading? Read(FrontMatter fields, DiagnosticBag bag)
    {
        if (fields.Section("reading", bag) is not { } f) return null;
        KnownKeys.CheckUnknown(f, Keys, bag);

        var status = f.Text("status", bag);
        if (status is not null && !Reading.Statuses.Contains(status))
        {
            bag.Error(f.Path, f.PositionOf("status"), DiagnosticCode.Reading,
                $"'status' must be one of {string.Join(", ", Reading.Statuses)}, not \"{status}\"{CollectionBuilder.DidYouMean(status, Reading.Statuses)}");
            status = null;
        }
        var presenter = f.Text("presenter", bag, prose: true);
        return new Reading
        {
            Status = status,
            Discussed = [.. f.Dates("discussed", bag).Select(d => d.Date).Distinct().Order()],
            Presenter = presenter is null ? null : new Presenter(presenter, null, f.PositionOf("presenter")),
            Slides = LinkField.Read(f, "slides", bag),
            Why = f.Text("why", bag, prose: true),
            Takeaways = [.. (f.List("takeaways", bag, prose: true) ?? []).Select(t => t.Value)],
        };
    }
}
