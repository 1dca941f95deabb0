namespace SiteGen.Tests;

/// <summary>Where two texts that should be equal first part, for an assertion message that shows the cause.</summary>
internal static class FirstDifference
{
    /// <summary><c>at N: …expected… | …actual…</c>, 80 characters either side of the first differing character.</summary>
    public static string Of(string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
        string Around(string s) => s.Substring(Math.Max(0, at - 80), Math.Min(s.Length, at + 80) - Math.Max(0, at - 80));
        return $"at {at}: {Around(expected)} | {Around(actual)}";
    }
}
