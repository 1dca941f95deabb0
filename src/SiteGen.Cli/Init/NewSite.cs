namespace SiteGen.Cli.Init;

/// <summary>What a new site is called and where it will live: the values <c>sitegen init</c> writes into its files.</summary>
/// <param name="Title">The site's name, for <c>site.yml</c> and the README's heading.</param>
/// <param name="BaseUrl">The <c>base_url</c> of <c>site.yml</c>: <c>/</c>, or the address it will be published at.</param>
/// <param name="ToolVersion">The SiteGen version <c>.config/dotnet-tools.json</c> pins: the one running.</param>
internal sealed record NewSite(string Title, string BaseUrl, string ToolVersion);
