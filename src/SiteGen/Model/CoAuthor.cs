namespace SiteGen.Model;

/// <summary>Someone an author wrote with, and on how many papers of the collection.</summary>
public sealed record CoAuthor(Author Author, int Papers);
