using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Routing;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>
/// An item removed as published in error, as visitors meet it: its address sends them to the item
/// chosen to replace it, in that item's own section, or answers 410 when none was chosen.
/// </summary>
public sealed class PublishedInErrorTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task The_address_of_an_item_published_in_error_leads_to_its_replacement_or_answers_gone()
    {
        var content = site.Services.GetRequiredService<IPublishedContent>();
        var urls = site.Services.GetRequiredService<SiteUrls>();
        var report = (await content.ListAsync(DocumentType.Report, "en", ContentFilter.None, 1, 1)).Items.Single();
        var misfiled = await site.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "The annual report, filed as news by mistake" }, ["en"]);
        var mistaken = await site.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "A statement sent out too early" }, ["en"]);
        var misfiledPage = urls.Item("en", (await content.FindAsync(misfiled))!)!;
        var mistakenPage = urls.Item("en", (await content.FindAsync(mistaken))!)!;
        var removal = site.Services.GetRequiredService<ContentWithdrawalService>();

        Assert.True((await removal.RemovePublishedInErrorAsync(misfiled, report.Id, SiteFactory.Editor)).Succeeded);
        Assert.True((await removal.RemovePublishedInErrorAsync(mistaken, null, SiteFactory.Editor)).Succeeded);
        await site.JournalAppliedAsync();

        using var client = site.CreatePlainClient();
        using var moved = await client.GetAsync(new Uri(misfiledPage, UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal(urls.Item("en", report), moved.Headers.Location?.OriginalString);
        Assert.StartsWith("/en/reports/", moved.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var gone = await client.GetAsync(new Uri(mistakenPage, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.DoesNotContain("A statement sent out too early", await client.GetStringAsync(new Uri("/en/news", UriKind.Relative)), StringComparison.Ordinal);
    }
}
