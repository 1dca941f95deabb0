namespace SiteGen.Tests;

/// <summary>Tests that assert a time bound run alone, so the bound measures the work, not the other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    public const string Name = "timed";
}
