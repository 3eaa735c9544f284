using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>The recycle bin: who deleted what and when, restore brings the addresses back, purging is for administrators.</summary>
public sealed class RecycleBinTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task An_editor_restores_a_deleted_item_and_its_address_answers_again_but_cannot_purge()
    {
        var (id, address) = await DeletedNewsAsync("Visit to the Ganja detention centre");
        using var plain = site.CreatePlainClient();
        Assert.Equal(HttpStatusCode.Gone, (await plain.GetAsync(address)).StatusCode);

        await BackofficeUsers.CreateAsync(site, "bin.editor@ombudsman.test", BackofficeRoles.Editor);
        using var editor = new BackofficeBrowser(site);
        await BackofficeUsers.SignInAsync(editor, "bin.editor@ombudsman.test");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/backoffice/recycle-bin")).StatusCode);
        Assert.Contains(">Visit to the Ganja detention centre</a>", editor.LastPage, StringComparison.Ordinal);
        Assert.Contains("Editor (test)", editor.LastPage, StringComparison.Ordinal); // who deleted it
        Assert.DoesNotContain("Purge for good", editor.LastPage, StringComparison.Ordinal);

        var restored = await editor.SubmitAsync("/backoffice/recycle-bin", new Dictionary<string, string>(), formName: $"restore-{id:N}");
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Contains("Restored: Visit to the Ganja detention centre. The languages that were live are live again.", editor.LastPage, StringComparison.Ordinal);
        await site.JournalAppliedAsync();
        Assert.Equal(HttpStatusCode.OK, (await plain.GetAsync(address)).StatusCode);
        Assert.False((await site.Services.GetRequiredService<ContentQueries>().DocumentAsync(id))!.IsDeleted);

        // A purge posted by hand is refused by the service, and said so.
        await site.Services.GetRequiredService<ContentEditingService>().DeleteAsync(id, SiteFactory.Editor);
        await editor.GetAsync($"/backoffice/recycle-bin?purge={id:D}");
        Assert.DoesNotContain("Purge this item for good?", editor.LastPage, StringComparison.Ordinal);
        var forged = await editor.PostWithTokenOfLastPageAsync("/backoffice/recycle-bin", [new("_handler", "purge"), new("id", id.ToString("D"))]);
        Assert.NotEqual(HttpStatusCode.OK, forged.StatusCode);
        Assert.NotNull(await site.Services.GetRequiredService<ContentQueries>().DocumentAsync(id));
    }

    [Fact]
    public async Task An_administrator_purges_after_confirming_and_the_audit_trail_keeps_the_record()
    {
        var (id, address) = await DeletedNewsAsync("Report on the rights of the elderly");
        var (_, admin) = await BackofficeUsers.SignedInAdministratorAsync(site, "bin.admin@ombudsman.test");
        using (admin)
        {
            await admin.GetAsync($"/backoffice/recycle-bin?purge={id:D}");
            Assert.Contains("<h2 id=\"purge-title\">Purge this item for good?</h2>", admin.LastPage, StringComparison.Ordinal);
            var purged = await admin.SubmitAsync($"/backoffice/recycle-bin?purge={id:D}", new Dictionary<string, string>(), formName: "purge");
            Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
            Assert.Contains("Purged for good: Report on the rights of the elderly.", admin.LastPage, StringComparison.Ordinal);
            Assert.DoesNotContain(">Report on the rights of the elderly</a>", admin.LastPage, StringComparison.Ordinal);
        }

        var queries = site.Services.GetRequiredService<ContentQueries>();
        Assert.Null(await queries.DocumentAsync(id));
        Assert.Single((await queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.Purge })).Items);
        await site.JournalAppliedAsync();
        using var plain = site.CreatePlainClient();
        Assert.Equal(HttpStatusCode.Gone, (await plain.GetAsync(address)).StatusCode);
    }

    private async Task<(Guid Id, string Address)> DeletedNewsAsync(string title)
    {
        var id = await site.CreateNewsAsync(new Dictionary<string, string> { ["en"] = title }, ["en"]);
        var editing = site.Services.GetRequiredService<ContentEditingService>();
        var slug = (await site.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!.Cultures.Single().Slug;
        Assert.True((await editing.DeleteAsync(id, SiteFactory.Editor)).Succeeded);
        await site.JournalAppliedAsync();
        return (id, $"/en/news/{slug}");
    }
}
