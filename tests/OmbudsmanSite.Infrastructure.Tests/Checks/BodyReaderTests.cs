using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Checks;

namespace OmbudsmanSite.Infrastructure.Tests.Checks;

public sealed class BodyReaderTests
{
    private const string Body = """
        <h2>Görüş</h2>
        <p>Ombudsman <a href="item:6f0e6c55-0000-4000-8000-000000000001">ətraflı</a> danışdı.</p>
        <figure><img src="/media/a.jpg" alt="DSC0042"><figcaption>Lənkəran sakinləri</figcaption></figure>
        <h4>Nəticə</h4>
        <ul><li><p>Birinci bənd</p></li><li>İkinci bənd</li></ul>
        <table><tbody><tr><td>İl</td><td>Say</td></tr><tr><td>2024</td><td>12</td></tr></tbody></table>
        """;

    [Fact]
    public void An_image_with_an_empty_alt_is_marked_decorative_and_one_without_alt_is_not()
    {
        var elements = BodyReader.Elements("""<p><img src="/media/a.jpg" alt=""><img src="/media/b.jpg"><img src="/media/c.jpg" alt="Ombudsman"></p>""");

        var images = elements.Where(e => e.Name == "img").ToList();
        Assert.Equal([(true, ""), (false, null), (false, "Ombudsman")], images.Select(i => (i.Decorative, i.Alt)));
        var findings = new WritingChecks(Options.Create(new ContentCheckOptions())).Check(new CheckedText("en", DocumentType.NewsArticle, "Visit", "A visit.", null, elements), new HashSet<Guid>());
        Assert.Equal([(ContentCheck.ImageWithoutAlt, (int?)images[1].Index)], findings.Select(f => (f.Check, f.Element)));
    }

    [Fact]
    public void Elements_come_in_document_order_with_their_parents_and_attributes()
    {
        var elements = BodyReader.Elements(Body);

        Assert.All(elements, e => Assert.Same(e, elements[e.Index]));
        var link = Assert.Single(elements, e => e.Name == "a");
        Assert.Equal(("p", "ətraflı", "item:6f0e6c55-0000-4000-8000-000000000001"), (elements[link.Parent].Name, link.Text, link.Href));
        var image = Assert.Single(elements, e => e.Name == "img");
        Assert.Equal(("figure", "DSC0042"), (elements[image.Parent].Name, image.Alt));
        Assert.Equal(["h2", "p", "a", "figure", "img", "figcaption", "h4", "ul", "li", "p", "li", "table", "tbody", "tr", "td", "td", "tr", "td", "td"], elements.Select(e => e.Name));
    }

    [Fact]
    public void A_real_body_gets_the_findings_its_faults_call_for()
    {
        var checks = new WritingChecks(Options.Create(new ContentCheckOptions { VagueLinkTexts = new() { ["az"] = ["ətraflı"] } }));
        var text = new CheckedText("az", DocumentType.NewsArticle, "Görüş", "Xülasə", null, BodyReader.Elements(Body));

        var found = checks.Check(text, new HashSet<Guid> { Guid.Parse("6f0e6c55-0000-4000-8000-000000000001") }).Select(f => f.Check).Order();

        Assert.Equal(
            [ContentCheck.AltIsFileName, ContentCheck.HeadingSkipsLevel, ContentCheck.LinkTextSaysNothing, ContentCheck.LinkToUnavailableItem, ContentCheck.TableWithoutHeaderRow],
            found);
    }

    [Fact]
    public void Paragraphs_are_the_innermost_blocks()
    {
        Assert.Equal(
            ["Görüş", "Ombudsman ətraflı danışdı.", "Lənkəran sakinləri", "Nəticə", "Birinci bənd", "İkinci bənd", "İl", "Say", "2024", "12"],
            BodyReader.Paragraphs(BodyReader.Elements(Body)));
        Assert.Empty(BodyReader.Paragraphs(BodyReader.Elements("  ")));
    }
}
