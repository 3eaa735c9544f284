using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>A fetched page: its status and its parsed HTML.</summary>
internal sealed record Page(HttpStatusCode Status, IHtmlDocument Document)
{
    public string Lang => Document.DocumentElement.GetAttribute("lang") ?? "";

    public string H1 => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";
}

internal static class Html
{
    public static async Task<Page> GetPageAsync(this HttpClient client, string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await client.SendAsync(request);
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return new Page(response.StatusCode, document);
    }
}
