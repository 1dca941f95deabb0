using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Turns a content file's bytes into text without changing anything silently: bytes that are not
/// UTF-8 and invisible control characters are reported at their line and column, since both would
/// otherwise be dropped or replaced on the way to the page.
/// </summary>
internal static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // A file full of them is one mistake; its first few positions are enough to find it.
    private const int MaxReported = 5;

    /// <returns>The text, with a leading byte order mark removed and undecodable bytes as U+FFFD.</returns>
    public static string Decode(string path, byte[] bytes, DiagnosticBag bag)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            var text = Strict.GetString(bytes, start, bytes.Length - start);
            ReportControlCharacters(path, text, bag);
            return text;
        }
        catch (DecoderFallbackException ex)
        {
            // The text before the first bad byte decodes cleanly, which gives its line and column.
            var good = Encoding.UTF8.GetString(bytes, start, Math.Max(0, ex.Index));
            var bad = ex.BytesUnknown is { Length: > 0 } unknown ? $"0x{unknown[0]:X2}" : "a byte";
            bag.Error(path, PositionAfter(good), DiagnosticCode.Encoding,
                $"the file is not UTF-8 text: {bad} here cannot be read (save the file as UTF-8)");
            var lenient = Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
            ReportControlCharacters(path, lenient, bag);
            return lenient;
        }
    }

    private static void ReportControlCharacters(string path, string text, DiagnosticBag bag)
    {
        int line = 1, column = 1, found = 0;
        foreach (var c in text)
        {
            if (IsControl(c) && ++found <= MaxReported)
            {
                var more = found == MaxReported ? " (further ones in this file are not listed)" : "";
                bag.Error(path, new SourcePosition(line, column), DiagnosticCode.Encoding,
                    $"invisible control character U+{(int)c:X4} here; delete it{more}");
            }
            if (c == '\n') (line, column) = (line + 1, 1);
            else column++;
        }
    }

    /// <summary>C0 and C1 controls, except tab, line feed and carriage return: YAML refuses or drops them and HTML forbids them.</summary>
    private static bool IsControl(char c) => c is < ' ' and not ('\t' or '\n' or '\r') or (>= '\u007F' and <= '\u009F');

    private static SourcePosition PositionAfter(string text)
    {
        var lastBreak = text.LastIndexOf('\n');
        return new SourcePosition(text.Count(c => c == '\n') + 1, text.Length - lastBreak);
    }
}
