using AngleSharp.Html.Parser;
using SiteGen.Text;

namespace SiteGen.Tests;

/// <summary>
/// An abstract is shown as written, its web addresses made links. Most abstracts have no address and take a path
/// without the sanitiser (issue 12's build profile); with or without one, the text a reader sees and the HTML written
/// must be the same as the sanitiser's, so a page does not change when a link is added elsewhere in the abstract.
/// </summary>
public sealed class LinkedTextTests
{
    public static TheoryData<string, string[]> Texts => new()
    {
        { "Say \"hi\" & <script>alert(1)</script> when x<y>z.", ["Say \"hi\" & <script>alert(1)</script> when x<y>z."] },
        { "A\u00A0no-break space, *stars*, _under_, `ticks`, [a](b) and \\escapes\\.", ["A\u00A0no-break space, *stars*, _under_, `ticks`, [a](b) and \\escapes\\."] },
        { "First line ends in two spaces  \nso it breaks.\n\nA second paragraph.", ["First line ends in two spaces\nso it breaks.", "A second paragraph."] },
        { "# Not a heading\n> not a quote\n- not a list", ["# Not a heading\n> not a quote\n- not a list"] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_without_an_address_shows_as_written_in_the_html_the_sanitiser_writes(string text, string[] paragraphs)
    {
        Assert_shown_as_written(MarkdownReader.LinkedText(text), paragraphs, links: []);
        // The same text beside an address goes through the sanitiser: the same HTML around the link.
        var linked = MarkdownReader.LinkedText(text + " See https://example.org/x.");
        Assert_shown_as_written(linked, [.. paragraphs[..^1], paragraphs[^1] + " See https://example.org/x."], links: ["https://example.org/x"]);
        Assert.StartsWith(MarkdownReader.LinkedText(text)[..^"</p>".Length], linked);
    }

    private static void Assert_shown_as_written(string html, string[] paragraphs, string[] links)
    {
        var fragment = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
        Assert.Equal(paragraphs, fragment.Children.Select(p => p.TextContent.Replace("\r", "")));
        Assert.All(fragment.Children, p => Assert.Equal("P", p.TagName));
        Assert.DoesNotContain(fragment.QuerySelectorAll("*"), e => e.TagName is not ("P" or "BR" or "A"));
        Assert.Equal(links, fragment.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        // Written as AngleSharp (the sanitiser's serialiser) writes it back.
        Assert.Equal(fragment.InnerHtml, html);
    }
}
