using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>Validators, 304s, compression, output caching and its invalidation on content changes.</summary>
public sealed class CachingTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string Path = "/en/meetings/ombudsman-office-meets-un-international-development-consultant-sabina-ymeri";

    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task A_search_asked_while_the_index_catches_up_is_not_kept_stale()
    {
        // The caches let go when the journal announces a change; the index takes the change in a
        // moment later. Searches asked in between, as a busy site gets them, must not be kept.
        var id = await factory.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Quokkian guidance on visits" }, ["en"]);
        const string Found = "href=\"/en/news/quokkian-guidance-on-visits\"";
        Assert.True(await Eventually.TrueAsync(async () => (await _client.GetStringAsync(new Uri("/en/search?q=quokkian", UriKind.Relative))).Contains(Found, StringComparison.Ordinal)));

        using var asking = new CancellationTokenSource();
        var searches = Task.Run(async () =>
        {
            using var client = factory.CreatePlainClient();
            while (!asking.IsCancellationRequested)
            {
                await client.GetStringAsync(new Uri("/en/search?q=quokkian", UriKind.Relative));
            }
        });
        await factory.UnpublishItemAsync(id, "en");
        Assert.True(await Eventually.TrueAsync(async () => !(await _client.GetStringAsync(new Uri("/en/search?q=quokkian", UriKind.Relative))).Contains(Found, StringComparison.Ordinal)));
        await asking.CancelAsync();
        await searches;
        Assert.DoesNotContain(Found, await _client.GetStringAsync(new Uri("/en/search?q=quokkian", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_validators_and_answer_304_when_unchanged()
    {
        using var first = await _client.GetAsync(new Uri(Path, UriKind.Relative));
        var etag = first.Headers.ETag!;

        using var byTag = await SendAsync(Path, request => request.Headers.IfNoneMatch.Add(etag));
        using var byDate = await SendAsync(Path, request => request.Headers.IfModifiedSince = first.Content.Headers.LastModified);
        using var otherTag = await SendAsync(Path, request => request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\"", isWeak: true)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(etag.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.True(first.Headers.CacheControl!.NoCache);
        Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
        Assert.Empty(await byTag.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, byTag.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
    }

    [Fact]
    public async Task Every_page_url_has_its_own_etag()
    {
        using var a = await _client.GetAsync(new Uri("/en/meetings", UriKind.Relative));
        using var b = await _client.GetAsync(new Uri("/en/meetings?year=2024", UriKind.Relative));

        Assert.NotEqual(a.Headers.ETag, b.Headers.ETag);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Html_is_compressed_with_brotli_or_gzip(string encoding)
    {
        var plain = await _client.GetStringAsync(new Uri(Path, UriKind.Relative));

        using var compressed = await SendAsync(Path, request => request.Headers.AcceptEncoding.ParseAdd(encoding));
        await using var body = await compressed.Content.ReadAsStreamAsync();
        await using Stream decoder = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder);

        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.Equal(plain, await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Pages_are_served_from_the_output_cache_and_evicted_when_content_changes()
    {
        const string page = "/en/meetings/ombudsman-held-an-online-meeting-with-several-ngo-directors-and-human-rights";
        using var first = await _client.GetAsync(new Uri(page, UriKind.Relative));
        using var cached = await _client.GetAsync(new Uri(page, UriKind.Relative));

        // Written behind the site's back first: the cached page stays until the change is announced.
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<SiteDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var item = await db.ContentItems.Include(c => c.Variants).SingleAsync(c => c.Id == Guid.Parse("5b0f3c1e-7d2a-4e61-9a0b-3f1c2d4e5a02"));
            item.GetVariant("en")!.SetTitle("Retitled by an editor", DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var stale = await _client.GetPageAsync(page);
        await factory.Services.GetRequiredService<IContentChangeNotifier>().ContentChangedAsync();
        using var fresh = await _client.GetAsync(new Uri(page, UriKind.Relative));
        using var oldTag = await SendAsync(page, request => request.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.NotNull(cached.Headers.Age);
        Assert.Equal("Ombudsman held an online meeting with several NGO directors and human rights defenders", stale.H1);
        Assert.Contains("Retitled by an editor", await fresh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(first.Headers.ETag, fresh.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, oldTag.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure(request);
        return await _client.SendAsync(request);
    }
}
