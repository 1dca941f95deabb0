namespace SiteGen.Rendering.Views;

/// <summary>One line of a byline's legend: a contribution mark and what it means (<c>*</c>, <c>Equal contribution</c>).</summary>
public sealed record MarkView(string Mark, string Meaning);
