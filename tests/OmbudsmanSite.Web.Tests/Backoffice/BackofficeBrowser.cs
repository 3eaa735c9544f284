using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>
/// A browser's part of a backoffice session over HTTP: its own cookies (over https, as the cookies are
/// Secure), no automatic redirects, and forms posted with the hidden fields the page gave them
/// (antiforgery token, Blazor's form name).
/// </summary>
public sealed partial class BackofficeBrowser : IDisposable
{
    private readonly HttpClient _client;

    public BackofficeBrowser(WebApplicationFactory<Program> factory, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(factory);
        _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        _client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language); // the backoffice speaks the browser's language until the user picks one
    }

    /// <summary>A browser on a client of the caller's making (for example, one whose cookies another node's client shares).</summary>
    public BackofficeBrowser(HttpClient client)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
    }

    public string LastPage { get; private set; } = "";

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>Opens <paramref name="page"/> and submits its form that posts to <paramref name="action"/> (or to itself), with <paramref name="fields"/> filled in.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, IReadOnlyDictionary<string, string> fields, string? action = null, string? formName = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var opened = await GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var form = FormsOf(LastPage).FirstOrDefault(f => (action is null || f.Action == action) && (formName is null || f.Hidden.GetValueOrDefault("_handler") == formName))
            ?? throw new InvalidOperationException($"No form{(action is null ? "" : " to " + action)} on {page}:\n{LastPage}");
        var values = new Dictionary<string, string>(form.Hidden);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var response = await _client.PostAsync(new Uri(form.Action ?? page, UriKind.Relative), new FormUrlEncodedContent(values));
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>As <see cref="SubmitAsync"/>, for a form that sends files (multipart).</summary>
    public async Task<HttpResponseMessage> SubmitFilesAsync(string page, string formName, IReadOnlyDictionary<string, string> fields, IEnumerable<(string Field, string FileName, byte[] Content)> files)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(files);
        var opened = await GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var form = FormsOf(LastPage).First(f => f.Hidden.GetValueOrDefault("_handler") == formName);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Hidden.Concat(fields))
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), field, fileName);
        }

        var response = await _client.PostAsync(new Uri(form.Action ?? page, UriKind.Relative), content);
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>Posts a multipart form (fields and files, each file from a stream) to <paramref name="path"/> with the antiforgery token of the page last opened.</summary>
    public async Task<HttpResponseMessage> PostFilesWithTokenOfLastPageAsync(string path, IReadOnlyDictionary<string, string> fields, IEnumerable<(string Field, string FileName, Stream Content)> files)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(files);
        var token = FormsOf(LastPage).Select(f => f.Hidden.GetValueOrDefault("__RequestVerificationToken")).First(t => t is not null)!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, stream) in files)
        {
            content.Add(new StreamContent(stream), field, fileName);
        }

        var response = await _client.PostAsync(new Uri(path, UriKind.Relative), content);
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>Posts to <paramref name="path"/> with the antiforgery token of the page last opened.</summary>
    public async Task<HttpResponseMessage> PostWithTokenOfLastPageAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = FormsOf(LastPage).Select(f => f.Hidden.GetValueOrDefault("__RequestVerificationToken")).First(t => t is not null)!;
        var response = await _client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>The forms that post on the page last opened: where each posts (null: to the page itself) and the fields it would send untouched.</summary>
    public IReadOnlyList<(string? Action, IReadOnlyDictionary<string, string> Fields)> PostFormsOfLastPage() =>
        [.. FormsOf(LastPage).Where(f => f.Method == "post").Select(f => (f.Action, (IReadOnlyDictionary<string, string>)f.Hidden))];

    /// <summary>Posts <paramref name="fields"/> as they are (no token added) to <paramref name="path"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var response = await _client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    public Task<HttpResponseMessage> PostRawAsync(string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        _client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));

    public void Dispose() => _client.Dispose();

    // What a browser sends untouched: hidden fields and the values text fields were rendered with.
    private static List<HtmlForm> FormsOf(string html) =>
        [.. FormPattern().Matches(html).Select(form => new HtmlForm(
            ActionPattern().Match(form.Groups["attrs"].Value) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : null,
            Attribute(form.Groups["attrs"].Value, "method")?.ToLowerInvariant() ?? "get",
            InputPattern().Matches(form.Groups["body"].Value)
                .Select(i => (Name: Attribute(i.Value, "name"), Type: Attribute(i.Value, "type") ?? "text", Value: Attribute(i.Value, "value") ?? ""))
                .Where(i => i.Name is not null && i.Type is "hidden" or "text" or "email" or "search" or "date")
                .GroupBy(i => i.Name!)
                .ToDictionary(g => g.Key, g => g.First().Value)))];

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private sealed record HtmlForm(string? Action, string Method, Dictionary<string, string> Hidden);

    [GeneratedRegex("<form(?<attrs>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("action=\"([^\"]*)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputPattern();
}
