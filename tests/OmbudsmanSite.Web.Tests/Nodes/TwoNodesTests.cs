using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Sync;
using OmbudsmanSite.Web.Tests.Backoffice;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Nodes;

/// <summary>
/// Two nodes on one PostgreSQL database, as behind a load balancer: what is published, imported or
/// scheduled on one is served by the other, a node that was down catches up, and sessions and signed
/// image URLs work on either.
/// </summary>
public sealed partial class TwoNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    /// <summary>What the issue promises a visitor: a publish on one node is everywhere within this.</summary>
    private static readonly TimeSpan Visible = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Published_on_one_node_the_page_list_search_and_api_of_the_other_show_it_within_two_seconds()
    {
        using var b = nodes.B.CreatePlainClient();
        Assert.DoesNotContain("Seen on both nodes", await b.GetStringAsync(new Uri("/en/news", UriKind.Relative)), StringComparison.Ordinal); // now in B's output cache

        var id = await nodes.A.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Seen on both nodes" }, ["en"]);
        var watch = Stopwatch.StartNew();
        var path = await PathOnAsync(nodes.A, id);

        var seen = await EventuallyAsync(async () =>
            (await b.GetAsync(new Uri(path, UriKind.Relative))).StatusCode == HttpStatusCode.OK
            && (await b.GetStringAsync(new Uri("/en/news", UriKind.Relative))).Contains("Seen on both nodes", StringComparison.Ordinal)
            && (await b.GetStringAsync(new Uri("/en/search?q=seen+both+nodes", UriKind.Relative))).Contains($"href=\"{path}\"", StringComparison.Ordinal) // titles are highlighted word by word
            && (await b.GetAsync(new Uri($"/api/v1/content/route?path={Uri.EscapeDataString(path)}", UriKind.Relative))).StatusCode == HttpStatusCode.OK);

        Assert.True(seen, $"node B did not show {path} in its page, list, search and API within {Visible.TotalSeconds} s ({watch.ElapsedMilliseconds} ms)");
    }

    [Fact]
    public async Task A_node_that_was_down_has_caught_up_when_it_starts()
    {
        nodes.StopB();
        var id = await nodes.A.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Written while node B was down" }, ["en"]);
        var path = await PathOnAsync(nodes.A, id);

        await nodes.StartBAsync();
        using var b = nodes.B.CreatePlainClient();

        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        Assert.Contains($"href=\"{path}\"", await b.GetStringAsync(new Uri("/en/search?q=written+while+down", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_on_one_node_the_session_works_on_the_other()
    {
        await BackofficeUsers.CreateAsync(nodes.A, "rena@ombudsman.test", BackofficeRoles.Editor);
        var cookies = new System.Net.CookieContainer();
        var https = new Uri("https://localhost");
        using var onA = nodes.A.CreateDefaultClient(https, new CookieContainerHandler(cookies));
        using var onB = nodes.B.CreateDefaultClient(https, new CookieContainerHandler(cookies));
        using var browser = new BackofficeBrowser(onA);

        var signedIn = await BackofficeUsers.SignInAsync(browser, "rena@ombudsman.test");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var dashboard = await onB.GetAsync(new Uri("/backoffice", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        using var stranger = nodes.B.CreateDefaultClient(https);
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync(new Uri("/backoffice", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_image_url_signed_on_one_node_is_served_by_the_other()
    {
        using var a = nodes.A.CreatePlainClient();
        using var b = nodes.B.CreatePlainClient();
        var page = await a.GetStringAsync(new Uri(await PathOnAsync(nodes.A, FixtureNews), UriKind.Relative));
        var signed = WebUtility.HtmlDecode(SignedImage().Match(page).Value);
        Assert.False(string.IsNullOrEmpty(signed), "the fixture news page shows no signed image");

        using var image = await b.GetAsync(new Uri(signed, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.StartsWith("image/", image.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);

        using var forged = await b.GetAsync(new Uri(WidthParameter().Replace(signed, "width=1201"), UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, forged.StatusCode);
    }

    [Fact]
    public async Task A_schedule_runs_once_although_both_nodes_look_for_it()
    {
        var id = await nodes.A.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Published by the clock" });
        var due = DateTime.UtcNow.AddSeconds(1);
        Assert.True((await nodes.A.Services.GetRequiredService<ContentPublishingService>().ScheduleAsync(id, "en", ScheduleAction.Publish, due, SiteFactory.Editor)).Succeeded);

        var contexts = nodes.A.Services.GetRequiredService<IDbContextFactory<SiteDbContext>>();
        Assert.True(await EventuallyAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            return await db.ContentSchedules.AnyAsync(s => s.DocumentId == id && s.Status == ScheduleStatus.Done);
        }, TimeSpan.FromSeconds(15)));
        await Task.Delay(TimeSpan.FromSeconds(1)); // time for a second run, were there one

        await using (var db = await contexts.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.DocumentId == id && e.Action == AuditAction.ScheduleRan));
            Assert.Single(await db.ContentSchedules.Where(s => s.DocumentId == id).Select(s => s.ClaimedBy).ToListAsync(), by => by is "node-a" or "node-b");
        }

        using var b = nodes.B.CreatePlainClient();
        var path = await PathOnAsync(nodes.A, id);
        Assert.True(await EventuallyAsync(async () => (await b.GetAsync(new Uri(path, UriKind.Relative))).StatusCode == HttpStatusCode.OK));
    }

    [Fact]
    public async Task An_import_on_one_node_is_seen_by_the_other()
    {
        var key = Guid.NewGuid();
        var file = Path.Combine(nodes.A.USyncPath, "Content", "News", "imported-on-a.yaml");
        await File.WriteAllTextAsync(file, $"""
            key: {key}
            type: newsArticle
            date: 2026-12-01T10:00:00+04:00
            variants:
              en:
                published: true
                title: Imported on node A
                summary: From a uSync file.
                body: |
                  <p>Imported.</p>
            """);
        await nodes.A.Services.GetRequiredService<USyncImporter>().ImportAsync();

        using var b = nodes.B.CreatePlainClient();
        Assert.True(await EventuallyAsync(async () =>
            (await b.GetStringAsync(new Uri("/en/news", UriKind.Relative))).Contains("Imported on node A", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_topic_renamed_by_an_import_on_one_node_is_renamed_on_the_others_pages()
    {
        using var b = nodes.B.CreatePlainClient();
        var page = await PathOnAsync(nodes.A, FixtureNews);
        Assert.Contains("Improving legislation", await b.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal); // cached on B now

        var topic = Path.Combine(nodes.A.USyncPath, "Topics", "legislation.yaml");
        await File.WriteAllTextAsync(topic, (await File.ReadAllTextAsync(topic)).Replace("\"Improving legislation\"", "\"Better laws\"", StringComparison.Ordinal));
        await nodes.A.Services.GetRequiredService<USyncImporter>().ImportAsync();

        Assert.True(await EventuallyAsync(async () => (await b.GetStringAsync(new Uri(page, UriKind.Relative))).Contains("Better laws", StringComparison.Ordinal)));
    }

    private static readonly Guid FixtureNews = Guid.Parse("0e5a1f00-0000-4000-8000-000000000001");

    private static async Task<string> PathOnAsync(SiteFactory node, Guid id)
    {
        using var client = node.CreatePlainClient();
        using var answer = await client.GetAsync(new Uri($"/api/v1/content/{id}?culture=en", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("path").GetString()!;
    }

    private static Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan? within = null) => Eventually.TrueAsync(condition, within ?? Visible);

    [GeneratedRegex("width=[0-9]+")]
    private static partial Regex WidthParameter();

    [GeneratedRegex("""/media/[^"\s,]+sig=[^"\s,]+""")]
    private static partial Regex SignedImage();
}
