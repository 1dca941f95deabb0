namespace SiteGen.Diagnostics;

/// <summary>How bad a content problem is: errors stop the build, warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}
