using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;

namespace OmbudsmanSite.Web.Routing;

/// <summary>
/// Gives a body's internal links (<see cref="InternalLink"/>) their addresses as the page renders: the
/// item's page in the reader's language; where that translation is not live, the default language's
/// (else another live one), marked with <c>hreflang</c>; an item live nowhere (unpublished, in the
/// recycle bin, purged) leaves its words as plain text, never a dead link.
/// </summary>
public sealed class InternalLinkRenderer(IPublishedContent content, SiteUrls urls, SiteCultures cultures)
{
    private static readonly HtmlParser Parser = new();

    public async Task<string> RenderAsync(string html, string culture, CancellationToken cancellationToken = default)
    {
        var ids = InternalLink.IdsIn(html);
        if (ids.Count == 0)
        {
            return html;
        }

        var addresses = await content.AddressesAsync(ids, cancellationToken);
        var document = Parser.ParseDocument("<body></body>");
        var body = document.Body!;
        body.InnerHtml = html;
        foreach (var link in body.QuerySelectorAll("a[href]").ToList())
        {
            if (InternalLink.IdOf(link.GetAttribute("href")) is not { } id)
            {
                continue;
            }

            if (addresses.TryGetValue(id, out var live) && Target(live, culture) is { } target)
            {
                link.SetAttribute("href", urls.Item(target, live.Type, live.Slugs[target]));
                if (target != culture)
                {
                    link.SetAttribute("hreflang", target);
                }

                continue;
            }

            // Its words stay, formatting included; only the link goes.
            link.ReplaceWith([.. link.ChildNodes]);
        }

        return body.InnerHtml;
    }

    private string? Target(PublishedAddresses live, string culture) =>
        live.Slugs.ContainsKey(culture) ? culture
            : live.Slugs.ContainsKey(cultures.Default.Code) ? cultures.Default.Code
            : cultures.All.Select(c => c.Code).FirstOrDefault(live.Slugs.ContainsKey);
}
