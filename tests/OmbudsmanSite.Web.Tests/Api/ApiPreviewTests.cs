using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Web.Tests.Backoffice;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>
/// Preview through the API: an administrator makes a key in the backoffice (shown once, kept as a
/// hash, audited); with it and <c>Preview: true</c> the API answers working copies, never cached;
/// without a live key, 401; revoked, the key opens nothing.
/// </summary>
public sealed partial class ApiPreviewTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task A_key_made_in_the_backoffice_opens_working_copies_until_it_is_revoked()
    {
        var id = await factory.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Preview published title" }, ["en"]);
        await factory.EditItemAsync(id, v => v.WithCulture("en", v.Cultures["en"] with { Title = "Preview draft title" }));

        var (_, admin) = await BackofficeUsers.SignedInAdministratorAsync(factory, "api.keys.admin@ombudsman.test");
        using (admin)
        {
            var bad = await admin.SubmitAsync("/backoffice/api-keys", new Dictionary<string, string> { ["name"] = " " }, formName: "make-key");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);

            var made = await admin.SubmitAsync("/backoffice/api-keys", new Dictionary<string, string> { ["name"] = "Mobile app, staging" }, formName: "make-key");
            Assert.Equal(HttpStatusCode.OK, made.StatusCode);
            Assert.Contains("no-store", made.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            var secret = Secret().Match(admin.LastPage).Groups[1].Value;
            Assert.StartsWith(ApiKey.SecretPrefix, secret, StringComparison.Ordinal);

            // Kept as its hash; shown once.
            await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<SiteDbContext>>().CreateDbContextAsync())
            {
                var stored = await db.ApiKeys.SingleAsync(k => k.Name == "Mobile app, staging");
                Assert.Equal(ApiKey.HashOf(secret), stored.Hash);
                Assert.DoesNotContain(secret, stored.Hash + stored.Hint, StringComparison.Ordinal);
                Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.ApiKeyCreated && a.Detail!.Contains("Mobile app, staging")));
            }

            await admin.GetAsync("/backoffice/api-keys");
            Assert.DoesNotContain(secret, admin.LastPage, StringComparison.Ordinal);
            Assert.Contains($"<code>{secret[..ApiKey.HintLength]}…</code>", admin.LastPage, StringComparison.Ordinal);

            using var client = factory.CreatePlainClient();
            Assert.Equal("Preview published title", (await GetAsync(client, $"/api/v1/content/{id}?culture=en")).Json.GetProperty("title").GetString());
            var (preview, draft) = await GetAsync(client, $"/api/v1/content/{id}?culture=en", secret);
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
            Assert.Equal("Preview draft title", draft.GetProperty("title").GetString());
            Assert.True(preview.Headers.CacheControl is { NoStore: true, Private: true });
            Assert.Null(preview.Headers.ETag);

            // The draft went into no cache: the public answer is the published one still.
            var (again, published) = await GetAsync(client, $"/api/v1/content/{id}?culture=en");
            Assert.Equal("Preview published title", published.GetProperty("title").GetString());
            Assert.Contains("Preview", again.Headers.Vary);

            // By its working address too, never published.
            var unpublished = await factory.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Preview never published" });
            var (route, routed) = await GetAsync(client, "/api/v1/content/route?path=/en/news/preview-never-published", secret);
            Assert.Equal(HttpStatusCode.OK, route.StatusCode);
            Assert.Equal(unpublished.ToString(), routed.GetProperty("item").GetProperty("id").GetString());
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, "/api/v1/content/route?path=/en/news/preview-never-published")).Response.StatusCode);

            var revokeForm = RevokeForm().Match(admin.LastPage).Groups[1].Value;
            Assert.Equal(HttpStatusCode.OK, (await admin.SubmitAsync("/backoffice/api-keys", new Dictionary<string, string>(), formName: revokeForm)).StatusCode);
            Assert.Contains("is revoked", admin.LastPage, StringComparison.Ordinal);
            var (revoked, _) = await GetAsync(client, $"/api/v1/content/{id}?culture=en", secret);
            Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("osk_not-a-key-anyone-made")]
    [InlineData("Bearer something")]
    public async Task Preview_without_a_live_key_is_401_as_a_problem(string? key)
    {
        using var client = factory.CreatePlainClient();
        var (response, problem) = await GetAsync(client, "/api/v1/content/0e5a1f00-0000-4000-8000-000000000002?culture=en", key, preview: "true");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Contains("Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl is { NoStore: true });
    }

    [Fact]
    public async Task A_bad_preview_header_is_400_and_only_administrators_make_keys()
    {
        using var client = factory.CreatePlainClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(client, "/api/v1/content/0e5a1f00-0000-4000-8000-000000000002", null, preview: "yes")).Response.StatusCode);

        var (_, editor) = await BackofficeUsers.SignedInAsync(factory, "api.keys.editor@ombudsman.test", BackofficeRoles.Editor);
        using (editor)
        {
            var page = await editor.GetAsync("/backoffice/api-keys");
            Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
            Assert.DoesNotContain("/backoffice/api-keys", (await editor.GetAsync("/backoffice")).Content.Headers.ContentType is null ? "" : editor.LastPage, StringComparison.Ordinal);
        }

        var keys = factory.Services.GetRequiredService<Infrastructure.Editorial.ApiKeyService>();
        var refused = await keys.CreateAsync("sneaky", ApiKeyScope.Preview, new ActingUser("editor", "Editor") { Rights = EditorialRights.ForRoles([BackofficeRoles.Editor], []) });
        Assert.Equal(OperationStatus.Forbidden, refused.Result.Status);
        Assert.Null(refused.Secret);
    }

    private static async Task<(HttpResponseMessage Response, System.Text.Json.JsonElement Json)> GetAsync(HttpClient client, string address, string? key = null, string? preview = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (key is not null || preview is not null)
        {
            request.Headers.Add("Preview", preview ?? "true");
            if (key is not null)
            {
                request.Headers.TryAddWithoutValidation("Api-Key", key);
            }
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : System.Text.Json.JsonDocument.Parse(text).RootElement.Clone());
    }

    [GeneratedRegex("<code id=\"new-key\" class=\"secret\">([^<]+)</code>")]
    private static partial Regex Secret();

    [GeneratedRegex("name=\"_handler\" value=\"(revoke-[0-9a-f]{32})\"")]
    private static partial Regex RevokeForm();
}
