using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Checks;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>The site-wide checks report over HTTP: every item's findings, drafts included, filtered in the address, bad filters named.</summary>
public sealed class ChecksReportTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task A_writer_lists_every_items_findings_and_narrows_them_by_check_language_and_severity()
    {
        var id = await site.CreateNewsAsync(new Dictionary<string, string> { ["az"] = "Şikayətlərin cədvəli", ["en"] = "Table of complaints" });
        await site.EditItemAsync(id, values => values with
        {
            Cultures = new Dictionary<string, Core.Editorial.CultureValues>(values.Cultures)
            {
                ["az"] = values.Cultures["az"] with { Summary = "Rəqəmlər.", BodyHtml = "<table><tbody><tr><td>Yanvar</td><td>312</td></tr></tbody></table>" },
            },
        });
        await site.Services.GetRequiredService<CheckReportStore>().RefreshAsync(10_000);

        var (_, writer) = await BackofficeUsers.SignedInAsync(site, "checks.writer@ombudsman.test", BackofficeRoles.Writer);
        using (writer)
        {
            Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/backoffice/checks?check=TableWithoutHeaderRow")).StatusCode);
            var page = WebUtility.HtmlDecode(writer.LastPage);
            Assert.Contains($"<a href=\"/backoffice/content/{id:D}\" lang=\"en\">Table of complaints</a>", page, StringComparison.Ordinal); // in the reader's language, though the finding is in Azerbaijani
            Assert.Contains("Azerbaijani: A table has no header row, so its cells are read without their column names.", page, StringComparison.Ordinal);
            Assert.DoesNotContain("English: There is no summary", page, StringComparison.Ordinal); // only the check asked for
            Assert.Contains("<option value=\"TableWithoutHeaderRow\" selected", page, StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/backoffice/checks?language=en&severity=Warning")).StatusCode);
            page = WebUtility.HtmlDecode(writer.LastPage);
            Assert.Contains(">Table of complaints</a>", page, StringComparison.Ordinal); // in the reader's language
            Assert.Contains("English: There is no summary", page, StringComparison.Ordinal);
            Assert.DoesNotContain("A table has no header row", page, StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/backoffice/checks?check=HeadingEmpty&type=NewsArticle&editor=Nobody")).StatusCode);
            Assert.Contains("No findings match these filters.", writer.LastPage, StringComparison.Ordinal);

            // A filter the page cannot read is named, and the rest still apply.
            Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/backoffice/checks?type=Pamphlet&check=TableWithoutHeaderRow")).StatusCode);
            Assert.Contains("<a href=\"#type\">This value is not one of the list, so the filter was left out.</a>", writer.LastPage, StringComparison.Ordinal);
            Assert.Contains(">Table of complaints</a>", WebUtility.HtmlDecode(writer.LastPage), StringComparison.Ordinal);
        }

        using var stranger = new BackofficeBrowser(site);
        var anonymous = await stranger.GetAsync("/backoffice/checks");
        Assert.Contains("/backoffice/sign-in", anonymous.RequestMessage!.RequestUri!.AbsolutePath + anonymous.Headers.Location, StringComparison.Ordinal);
    }
}
