using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>The audit trail page (administrators): filters by who, item, action and Baku days, paging, and the same entries as CSV.</summary>
public sealed class AuditTrailTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task An_administrator_finds_who_unpublished_an_item_and_exports_it_as_csv()
    {
        var id = await PublishedThenUnpublishedAsync("=HYPERLINK(\"http://evil.test\",\"Unpublished notice\")");
        var (_, admin) = await BackofficeUsers.SignedInAdministratorAsync(site, "audit.admin@ombudsman.test");
        using (admin)
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/backoffice/audit")).StatusCode);
            Assert.Contains("<option value=\"Unpublish\">Unpublished</option>", admin.LastPage, StringComparison.Ordinal);

            // The editor's address is enough to name the item.
            var filter = $"?action=Unpublish&item={Uri.EscapeDataString($"http://localhost/backoffice/content/{id:D}?culture=en")}";
            await admin.GetAsync("/backoffice/audit" + filter);
            Assert.Single(Rows(admin.LastPage));
            Assert.Contains("<td>Editor (test)</td>", admin.LastPage, StringComparison.Ordinal);
            Assert.Contains("<td>Unpublished (en)</td>", admin.LastPage, StringComparison.Ordinal);
            Assert.Contains($"href=\"/backoffice/content/{id:D}/history\"", admin.LastPage, StringComparison.Ordinal);

            await admin.GetAsync("/backoffice/audit?from=2026-13-01&item=nothing");
            Assert.Contains("<a href=\"#from\">This is not a date", admin.LastPage, StringComparison.Ordinal);
            Assert.Contains("<a href=\"#item\">Paste an item’s id or the address of its editor.</a>", admin.LastPage, StringComparison.Ordinal);

            var csv = await admin.GetAsync("/backoffice/audit.csv" + filter.Replace("action=Unpublish", "action=Create", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("attachment; filename=\"audit-", csv.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
            var bytes = await csv.Content.ReadAsByteArrayAsync();
            Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
            var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("\"When (Baku)\",\"When (UTC)\",\"User\",\"User id\",\"Action\",\"Item\",\"Cultures\",\"Version\",\"Detail\"", lines[0]);
            var row = Assert.Single(lines[1..]);
            Assert.Contains($"\"Editor (test)\",\"test:editor\",\"Create\",\"{id:D}\",\"en\"", row, StringComparison.Ordinal);
            Assert.EndsWith("\"NewsArticle: =HYPERLINK(\"\"http://evil.test\"\",\"\"Unpublished notice\"\")\"", row, StringComparison.Ordinal); // quotes doubled

            Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/backoffice/audit.csv?to=yesterday")).StatusCode);
        }
    }

    [Fact]
    public async Task Only_administrators_read_the_audit_trail()
    {
        await BackofficeUsers.CreateAsync(site, "audit.editor@ombudsman.test", BackofficeRoles.Editor);
        using var editor = new BackofficeBrowser(site);
        await BackofficeUsers.SignInAsync(editor, "audit.editor@ombudsman.test");
        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/backoffice/audit")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/backoffice/audit.csv")).StatusCode);
        await editor.GetAsync("/backoffice");
        Assert.DoesNotContain("href=\"/backoffice/audit\"", editor.LastPage, StringComparison.Ordinal);
    }

    private async Task<Guid> PublishedThenUnpublishedAsync(string title)
    {
        var id = await site.CreateNewsAsync(new Dictionary<string, string> { ["en"] = title });
        var publishing = site.Services.GetRequiredService<ContentPublishingService>();
        Assert.True((await publishing.PublishAsync(id, ["en"], SiteFactory.Editor)).Succeeded);
        Assert.True((await publishing.UnpublishAsync(id, ["en"], SiteFactory.Editor)).Succeeded);
        return id;
    }

    private static IEnumerable<string> Rows(string page) =>
        page[page.IndexOf("<tbody>", StringComparison.Ordinal)..page.IndexOf("</tbody>", StringComparison.Ordinal)]
            .Split("<tr>", StringSplitOptions.RemoveEmptyEntries).Where(r => r.Contains("<td>", StringComparison.Ordinal));
}
