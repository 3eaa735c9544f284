using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Checks;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Checks;

/// <summary>
/// The external link checker against a server on loopback: GOV.UK's outcomes, one request per host at
/// a time, results kept a day, other nodes' claims respected, and no request to a private network
/// unless allowed.
/// </summary>
public sealed class ExternalLinkChecksTests
{
    private static LinkCheckOptions Fast => new()
    {
        AllowPrivateNetworks = true,
        // Wide margins both ways: a loaded machine must not make a quick answer slow, nor a slow one silent.
        Timeout = TimeSpan.FromSeconds(2.5),
        SlowAfter = TimeSpan.FromMilliseconds(600),
    };

    [Fact]
    public async Task Published_links_are_checked_once_a_day_by_GOV_UKs_rules_one_request_at_a_time_and_the_editor_sees_them()
    {
        await using var server = new LoopbackLinkServer { SlowDelay = TimeSpan.FromSeconds(1.2), SilentDelay = TimeSpan.FromSeconds(6) };
        var site = await TestSite.CreateSqliteAsync();
        var links = new Dictionary<string, string>
        {
            ["the annual report"] = server.Url("ok"),
            ["the old law"] = server.Url("gone"),
            ["the moved page"] = server.Url("missing"),
            ["the failing page"] = server.Url("broken"),
            ["the HEAD-shy page"] = server.Url("no-head"),
            ["the short chain"] = server.Url("chain/1"),
            ["the long way"] = server.Url("chain/3"),
            ["the endless way"] = server.Url("chain/12"),
            ["the loop"] = server.Url("loop-a"),
            ["the slow site"] = server.Url("slow"),
            ["the silent site"] = server.Url("silent"),
        };
        var body = string.Concat(links.Select(l => $"<p>Read <a href=\"{l.Value}\">{l.Key}</a>.</p>"));
        var id = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Links" }, publish: ["en"], shape: values => values with
        {
            Cultures = new Dictionary<string, CultureValues> { ["en"] = new() { Title = "Links", Summary = "Links.", BodyHtml = body } },
        });
        var (checker, probe) = site.LinkChecker(Fast);
        using var _ = probe;

        Assert.Equal(links.Count, await checker.CollectAsync([id]));
        Assert.Equal(links.Count, await checker.CheckDueAsync());

        await using var db = await site.Contexts.CreateDbContextAsync();
        var outcomes = await db.ExternalLinks.ToDictionaryAsync(l => l.Url, l => l.Outcome);
        Assert.Equal(LinkOutcome.Ok, outcomes[server.Url("ok")]);
        Assert.Equal(LinkOutcome.NotFound, outcomes[server.Url("gone")]);
        Assert.Equal(LinkOutcome.NotFound, outcomes[server.Url("missing")]);
        Assert.Equal(LinkOutcome.Fails, outcomes[server.Url("broken")]);
        Assert.Equal(LinkOutcome.Ok, outcomes[server.Url("no-head")]);
        Assert.Equal(LinkOutcome.Ok, outcomes[server.Url("chain/1")]);
        Assert.Equal(LinkOutcome.Redirected, outcomes[server.Url("chain/3")]);
        Assert.Equal(LinkOutcome.TooManyRedirects, outcomes[server.Url("chain/12")]);
        Assert.Equal(LinkOutcome.RedirectLoop, outcomes[server.Url("loop-a")]);
        Assert.Equal(LinkOutcome.Slow, outcomes[server.Url("slow")]);
        Assert.Equal(LinkOutcome.Unreachable, outcomes[server.Url("silent")]);
        Assert.Equal(1, server.MostAtOnce); // one host, one request at a time
        Assert.Equal(8, server.Requests.Keys.Count(k => k.StartsWith("/chain/", StringComparison.Ordinal) && int.Parse(k[7..]) >= 5)); // 12 → 5: stopped at the eighth redirect

        // The editor's checks now name them, in the body where they are.
        var values = (await site.Queries.EditorAsync(id))!.Values;
        var findings = (await site.Checker.CheckAsync(DocumentType.NewsArticle, values)).Single().Findings;
        Assert.Equal(
            [
                (ContentCheck.ExternalLinkNotFound, CheckSeverity.Error, "the old law"),
                (ContentCheck.ExternalLinkNotFound, CheckSeverity.Error, "the moved page"),
                (ContentCheck.ExternalLinkFails, CheckSeverity.Error, "the failing page"),
                (ContentCheck.ExternalLinkRedirected, CheckSeverity.Warning, "the long way"),
                (ContentCheck.ExternalLinkTooManyRedirects, CheckSeverity.Error, "the endless way"),
                (ContentCheck.ExternalLinkRedirectLoop, CheckSeverity.Error, "the loop"),
                (ContentCheck.ExternalLinkSlow, CheckSeverity.Warning, "the slow site"),
                (ContentCheck.ExternalLinkUnreachable, CheckSeverity.Error, "the silent site"),
            ],
            findings.Select(f => (f.Check, f.Severity, f.Values[0])));
        Assert.Equal(["the old law", "410"], findings[0].Values);
        Assert.All(findings, f => Assert.Equal("en.body", f.Field));

        // Kept a day: nothing is asked again until then.
        var asked = server.Requests.Values.Sum();
        Assert.Equal(0, await checker.CheckDueAsync());
        site.Time.Advance(TimeSpan.FromHours(25));
        await checker.CollectAsync([id]);
        Assert.Equal(links.Count, await checker.CheckDueAsync());
        Assert.True(server.Requests.Values.Sum() > asked);
    }

    [Fact]
    public async Task A_host_another_node_holds_is_left_alone_and_a_link_no_longer_published_is_forgotten_after_a_week()
    {
        await using var server = new LoopbackLinkServer();
        var site = await TestSite.CreateSqliteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "One link" }, publish: ["en"], shape: values => values with
        {
            Cultures = new Dictionary<string, CultureValues> { ["en"] = new() { Title = "One link", BodyHtml = $"<p><a href=\"{server.Url("ok")}\">The report</a> and <a href=\"{server.Url("gone")}\">the law</a>.</p>" } },
        });
        var (checker, probe) = site.LinkChecker(Fast);
        using var _ = probe;
        await checker.CollectAsync(null);

        await using (var db = await site.Contexts.CreateDbContextAsync())
        {
            await db.ExternalLinks.Where(l => l.Url == server.Url("gone"))
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.ClaimedBy, "node-b").SetProperty(l => l.ClaimedUntilUtc, site.Clock.UtcNow.AddMinutes(5)));
        }

        Assert.Equal(0, await checker.CheckDueAsync());
        Assert.Empty(server.Requests);

        site.Time.Advance(TimeSpan.FromMinutes(6)); // node B died mid-claim: its lease runs out
        Assert.Equal(2, await checker.CheckDueAsync());

        await site.Publishing.UnpublishAsync(id, ["en"], TestSite.Tester);
        site.Time.Advance(TimeSpan.FromDays(8));
        Assert.Equal(0, await checker.CollectAsync(null));
        Assert.Equal(2, await checker.ForgetAsync());
    }

    [Fact]
    public async Task Without_leave_a_link_to_this_machine_is_unreachable_and_never_asked()
    {
        await using var server = new LoopbackLinkServer();
        using var probe = new LinkProbe(Microsoft.Extensions.Options.Options.Create(new LinkCheckOptions()));
        var result = await probe.ProbeAsync(new Uri(server.Url("ok")));
        Assert.Equal((LinkFailure.Unreachable, (int?)null), (result.Failure, result.StatusCode));
        Assert.Empty(server.Requests);
    }
}
