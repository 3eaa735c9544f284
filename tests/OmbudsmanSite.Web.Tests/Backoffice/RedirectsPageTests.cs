using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>The redirects page: listed and searched with how each was made, added by hand from an old address, removed.</summary>
public sealed partial class RedirectsPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task An_editor_sends_an_old_address_to_an_item_and_removes_it_again()
    {
        var id = await site.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Human rights day at the Ombudsman Office" }, ["en"]);
        await BackofficeUsers.CreateAsync(site, "redirects.editor@ombudsman.test", BackofficeRoles.Editor);
        using var editor = new BackofficeBrowser(site);
        await BackofficeUsers.SignInAsync(editor, "redirects.editor@ombudsman.test");

        var bad = await editor.SubmitAsync("/backoffice/redirects", new Dictionary<string, string> { ["culture"] = "en", ["from"] = "", ["target"] = "somewhere" }, formName: "add-redirect");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("<a href=\"#from\">Enter the old address.</a>", editor.LastPage, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#target\">", editor.LastPage, StringComparison.Ordinal);

        var added = await editor.SubmitAsync("/backoffice/redirects", new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["from"] = "https://ombudsman.az/en/news/human-rights-day-2019?utm=x",
            ["target"] = $"http://localhost/backoffice/content/{id:D}?culture=en",
        }, formName: "add-redirect");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("Redirect added: human-rights-day-2019.", editor.LastPage, StringComparison.Ordinal);
        Assert.Contains("<code>/en/news/human-rights-day-2019</code>", editor.LastPage, StringComparison.Ordinal);
        Assert.Contains(">Human rights day at the Ombudsman Office</a>", editor.LastPage, StringComparison.Ordinal);
        Assert.Contains("by hand<br>", editor.LastPage, StringComparison.Ordinal);

        await site.JournalAppliedAsync();
        using var plain = site.CreatePlainClient();
        var moved = await plain.GetAsync("/en/news/human-rights-day-2019");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);

        await editor.GetAsync("/backoffice/redirects?q=rights-day-2019");
        var removeForm = RemoveForm().Match(editor.LastPage).Groups[1].Value;
        Assert.NotEmpty(removeForm);
        var removed = await editor.SubmitAsync("/backoffice/redirects?q=rights-day-2019", new Dictionary<string, string>(), formName: removeForm);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Contains("Redirect removed: /en/news/human-rights-day-2019.", editor.LastPage, StringComparison.Ordinal);
        await site.JournalAppliedAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await plain.GetAsync("/en/news/human-rights-day-2019")).StatusCode);
    }

    [Fact]
    public async Task A_writer_reads_the_redirects_but_has_no_form_to_change_them()
    {
        await BackofficeUsers.CreateAsync(site, "redirects.writer@ombudsman.test", BackofficeRoles.Writer);
        using var writer = new BackofficeBrowser(site);
        await BackofficeUsers.SignInAsync(writer, "redirects.writer@ombudsman.test");
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/backoffice/redirects")).StatusCode);
        Assert.DoesNotContain("Add the redirect", writer.LastPage, StringComparison.Ordinal);
        var forged = await writer.PostWithTokenOfLastPageAsync("/backoffice/redirects", [new("_handler", "add-redirect"), new("culture", "en"), new("from", "x"), new("target", Guid.NewGuid().ToString())]);
        Assert.NotEqual(HttpStatusCode.OK, forged.StatusCode);
    }

    [GeneratedRegex("name=\"_handler\" value=\"(remove-\\d+)\"")]
    private static partial Regex RemoveForm();
}
