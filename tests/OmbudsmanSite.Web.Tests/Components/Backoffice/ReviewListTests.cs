using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Web.Backoffice;
using OmbudsmanSite.Web.Components.Backoffice;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The review queue's table: each request named by its item in its own language, what was asked, by whom and when in Baku time, the user's own marked.</summary>
public sealed class ReviewListTests : BunitContext, IClassFixture<SiteFactory>
{
    public ReviewListTests(SiteFactory site)
    {
        ArgumentNullException.ThrowIfNull(site);
        Services.AddSingleton(site.Services.GetRequiredService<BackofficeText>());
        Services.AddSingleton(site.Services.GetRequiredService<SiteCultures>());
        Services.AddSingleton(site.Services.GetRequiredService<OmbudsmanSite.Core.Configuration.SiteClock>());
    }

    [Fact]
    public void Requests_are_listed_with_their_languages_asker_time_and_note_and_the_users_own_are_marked()
    {
        var item = Guid.NewGuid();
        var writer = new ActingUser("u-writer", "Leyla");
        var me = new ActingUser("u-me", "Aysel");
        var requests = new[]
        {
            new ReviewRequest(item, ReviewKind.Submission, ["ru", "en"], 3, "Проверьте термины", writer, new DateTime(2026, 12, 7, 5, 0, 0, DateTimeKind.Utc)),
            new ReviewRequest(item, ReviewKind.Retrospective, ["az"], 4, "Due at noon", me, new DateTime(2026, 12, 7, 6, 0, 0, DateTimeKind.Utc)),
        };

        var list = Render<ReviewList>(p => p.Add(l => l.Requests, requests).Add(l => l.MyId, me.Id).Add(l => l.TitleOf, _ => ("Доклад", "ru")));

        Assert.Equal("Waiting for review: 2", list.Find("caption").TextContent);
        var rows = list.FindAll("tbody tr");
        Assert.Equal("ru", rows[0].QuerySelector("th a")!.GetAttribute("lang"));
        Assert.Equal("Submitted for review", rows[0].Children[1].TextContent);
        Assert.Equal("Russian, English", rows[0].Children[2].TextContent);
        Assert.Contains("Leyla, 2026-12-07 09:00", rows[0].Children[3].TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-12-07T05:00:00.0000000Z", rows[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.DoesNotContain("yours", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("(yours)", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Published by force: review afterwards", rows[1].Children[1].TextContent);
        Assert.Equal("Due at noon", rows[1].Children[4].TextContent);
    }

    [Fact]
    public void An_empty_queue_says_so()
    {
        var list = Render<ReviewList>(p => p.Add(l => l.Requests, []).Add(l => l.MyId, "x").Add(l => l.TitleOf, _ => ("", "")));
        Assert.Equal("Nothing is waiting for review.", list.Find("p").TextContent);
    }
}
