using System.Security.Cryptography;

namespace SiteGen.Tests;

/// <summary>A folder's files and their SHA-256, to compare two trees or one tree before and after.</summary>
internal static class TreeHash
{
    public static Dictionary<string, string> Of(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
