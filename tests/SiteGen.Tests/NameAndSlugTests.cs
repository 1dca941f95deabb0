using SiteGen.Model;
using SiteGen.Paths;

namespace SiteGen.Tests;

public sealed class NameAndSlugTests
{
    [Theory]
    [InlineData("José Núñez", "jose-nunez")]
    [InlineData("Łukasz Gwóźdź", "lukasz-gwozdz")]
    [InlineData("Jürgen Schmidhuber", "jurgen-schmidhuber")]
    [InlineData("  MoE++: Zero   Experts ", "moe-zero-experts")]
    [InlineData("$Δ$-DiT", "d-dit")]
    [InlineData("???", "untitled")]
    public void Slugs_are_lowercase_ascii_transliterations(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Theory]
    [InlineData("didi-instruct", true)]
    [InlineData("2025-paper", true)]
    [InlineData("Bad_Name", false)]
    [InlineData("double--dash", false)]
    [InlineData("-leading", false)]
    [InlineData("", false)]
    public void Slug_validity(string slug, bool valid) => Assert.Equal(valid, Slug.IsValid(slug));

    [Theory]
    [InlineData("José Núñez", "jose  nunez")]
    [InlineData("Jean-Pierre Dupont", "JEAN PIERRE DUPONT")]
    [InlineData("Stanić", "stanic")]
    public void Names_that_differ_only_in_accents_case_or_punctuation_are_one_person(string a, string b) =>
        Assert.Equal(PersonName.Key(a), PersonName.Key(b));

    [Theory]
    [InlineData("Wilkie Olin-Ammentorp", "Albert Andaluz", 1)]
    [InlineData("Reza Abbasi", "Oscar Amoros", -1)]
    public void Authors_sort_by_family_name_including_hyphenated_ones(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(string.CompareOrdinal(PersonName.SortKey(a), PersonName.SortKey(b))));

    [Fact]
    public void Different_names_in_other_scripts_stay_different_people() =>
        Assert.NotEqual(PersonName.Key("李伟"), PersonName.Key("李薇"));

    [Theory]
    [InlineData("autors", "authors")]
    [InlineData("titel", "title")]
    [InlineData("difusion-models", "diffusion-models")]
    [InlineData("zzz", null)]
    public void Near_misses_get_a_suggestion(string word, string? expected) =>
        Assert.Equal(expected, Suggestion.Closest(word, ["authors", "title", "diffusion-models", "date"]));

    [Theory]
    [InlineData("/", "/papers/x/")]
    [InlineData("https://example.org/reading-list/", "/reading-list/papers/x/")]
    [InlineData("https://example.org/reading-list", "/reading-list/papers/x/")]
    [InlineData("/reading-list", "/reading-list/papers/x/")]
    public void Paper_links_carry_the_base_path(string baseUrl, string link) => Assert.Equal(link, new SiteUrls(baseUrl).Paper("x"));
}
