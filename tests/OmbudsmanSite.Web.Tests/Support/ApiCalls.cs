using System.Text.Json;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>A GET to the delivery API read as JSON (an empty body as <c>default</c>), optionally in a language asked by header.</summary>
public static class ApiCalls
{
    public static async Task<(HttpResponseMessage Response, JsonElement Json)> GetJsonAsync(this HttpClient client, string address, string? acceptLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
