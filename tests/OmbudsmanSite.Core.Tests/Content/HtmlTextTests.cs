using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Tests.Content;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>One</p><p>Two</p>", "One\nTwo")]
    [InlineData("<p>Görüş <strong>keçirilib</strong>.</p>", "Görüş keçirilib.")]
    [InlineData("a&nbsp;b &amp; c &lt;d&gt; &#601;", "a b & c <d> ə")]
    [InlineData("<p>  spaced \n\n  out  </p>", "spaced\nout")]
    [InlineData("<script>alert('x')</script><p>Text</p><style>p{}</style>", "Text")]
    [InlineData("Line<br>break<br/>again", "Line\nbreak\nagain")]
    [InlineData("<ul><li>a</li><li>b</li></ul>", "a\nb")]
    [InlineData("unclosed <b", "unclosed")]
    [InlineData("<p>Before</p><!-- a > b --><p>after</p>", "Before\nafter")]
    [InlineData("text <!-- never closed > still a comment", "text")]
    [InlineData("R&D & co", "R&D & co")]
    [InlineData("", "")]
    public void Keeps_the_readable_text(string html, string text) =>
        Assert.Equal(text, HtmlText.ToPlainText(html));
}
