using System.Text;

namespace SiteGen.Search;

/// <summary>
/// A list of non-negative whole numbers as one JSON string, for the postings of the sharded index: each number
/// is its high digits in base <see cref="High"/> (one character each, most significant first) then its last digit
/// in base <see cref="Last"/>, which also ends the number. Numbers under 80 (most gaps and table indexes) take one
/// character; the alphabet is the 91 printable ASCII characters from <c>#</c> to <c>~</c> without <c>\</c>, so
/// nothing needs escaping. A fifth smaller after gzip than the same numbers as a JSON array (digits and commas).
/// search-core.js reads it back (<c>numbers</c>).
/// </summary>
internal static class NumberString
{
    private const int Last = 80;
    private const int High = 11;
    private const string Alphabet = "#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    /// <summary>Appends the numbers as a quoted JSON string; throws <see cref="ArgumentOutOfRangeException"/> on a negative one (a bug, never input).</summary>
    public static void Append(StringBuilder sb, IEnumerable<long> numbers)
    {
        sb.Append('"');
        foreach (var n in numbers) Number(sb, n);
        sb.Append('"');
    }

    /// <summary>Appends one number's characters, unquoted (its last character ends it, so text may follow).</summary>
    public static void Number(StringBuilder sb, long n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        Span<char> high = stackalloc char[24];
        var (rest, count) = (n / Last, 0);
        for (; rest > 0; rest /= High) high[count++] = Alphabet[Last + (int)(rest % High)];
        for (var i = count - 1; i >= 0; i--) sb.Append(high[i]);
        sb.Append(Alphabet[(int)(n % Last)]);
    }
}
