using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Identity;

namespace EditorialBenchmark;

/// <summary>
/// A signed-in administrator's requests to the backoffice over plain HTTP on loopback. The session cookie is
/// Secure (the site runs as Production), which an HttpClient cookie store keeps off http, so the
/// cookies are carried by hand.
/// </summary>
internal sealed partial class BackofficeSession(HttpClient client)
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public static async Task<BackofficeSession> SignInAsync(IServiceProvider services, HttpClient client)
    {
        const string email = Email;
        const string password = Password;
        using (var scope = services.CreateScope())
        {
            // An administrator, so the audit trail is timed too; in this throw-away database only,
            // administrators sign in without an authenticator code (a program cannot scan a QR code).
            var accounts = scope.ServiceProvider.GetRequiredService<BackofficeAccounts>();
            await accounts.EnsureRolesAsync();
            var optional = await accounts.SetRoleTwoFactorAsync(BackofficeRoles.Administrator, required: false, SystemUsers.Command);
            if (!optional.Succeeded)
            {
                throw new InvalidOperationException(BackofficeAccounts.Describe(optional));
            }

            var (result, _) = await accounts.CreateAsync(email, new AccountChanges("Benchmark editor", [BackofficeRoles.Administrator], [], null), password, SystemUsers.Command);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(BackofficeAccounts.Describe(result));
            }
        }

        var session = new BackofficeSession(client);
        var page = await session.GetAsync("/backoffice/sign-in");
        var token = TokenPattern().Match(page).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/backoffice/sign-in", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token)), new("_handler", "sign-in"), new("Input.Email", email), new("Input.Password", password)]),
        };
        using var response = await session.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var answer = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"The benchmark editor could not sign in: {(int)response.StatusCode} {ErrorPattern().Match(answer).Groups[1].Value}");
        }

        return session;
    }

    public const string Email = "bench.editor@ombudsman.test";

    public const string Password = "Benchmark editor's long passphrase";

    public async Task<string> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        using var response = await SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts one file to the media library's upload form, as the page's form would, with its token.</summary>
    public async Task<HttpStatusCode> UploadAsync(string fileName, Stream content)
    {
        var page = await GetAsync("/backoffice/media");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent("upload"), "_handler" },
            { new StreamContent(content), "files", fileName },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/backoffice/media", UriKind.Relative)) { Content = form };
        using var response = await SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>One sign-in attempt from a fresh page (no session), as a stranger's browser would make it; its answer's status.</summary>
    public static async Task<HttpStatusCode> TrySignInAsync(HttpClient client, string email, string password)
    {
        var session = new BackofficeSession(client);
        var page = await session.GetAsync("/backoffice/sign-in");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/backoffice/sign-in", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value)), new("_handler", "sign-in"), new("Input.Email", email), new("Input.Password", password)]),
        };
        using var response = await session.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var pair in set.Select(c => c.Split(';', 2)[0].Split('=', 2)).Where(p => p.Length == 2))
            {
                _cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    [GeneratedRegex("class=\"field-error\"[^>]*>([^<]+)<")]
    private static partial Regex ErrorPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
