using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>An item's history: its versions with their marks, a word-level diff of any two, rollback to a working copy, "keep".</summary>
public sealed partial class HistoryPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Versions_are_listed_compared_word_by_word_rolled_back_and_kept()
    {
        var id = await MeetingWithThreeVersionsAsync();
        using var browser = await SignedInAsync("history.writer@ombudsman.test", BackofficeRoles.Writer);
        var history = $"/backoffice/content/{id:D}/history";

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(history)).StatusCode);
        Assert.Equal(3, VersionRows().Count(browser.LastPage));
        Assert.Contains("<li>working copy</li>", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("<li>live in English</li>", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{history}?from=2&amp;to=3\">Compare with the previous<span class=\"visually-hidden\"> (Version 3)</span></a>", browser.LastPage, StringComparison.Ordinal);

        await browser.GetAsync($"{history}?from=1&to=3");
        Assert.Contains("Changes from version 1 to version 3", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("<del><span class=\"visually-hidden\">removed: </span>Ombudsman<span class=\"visually-hidden\"> (end)</span></del>", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("<ins><span class=\"visually-hidden\">added: </span>Commissioner<span class=\"visually-hidden\"> (end)</span></ins>", browser.LastPage, StringComparison.Ordinal);

        var bad = await browser.GetAsync($"{history}?from=1&to=99");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Choose two versions between 1 and 3.", browser.LastPage, StringComparison.Ordinal);

        // Rollback makes a new working copy and publishes nothing.
        var rolled = await browser.SubmitAsync(history, new Dictionary<string, string>(), formName: "rollback-1");
        Assert.Equal(HttpStatusCode.OK, rolled.StatusCode);
        Assert.Contains("The values of version 1 are the working copy again, as version 4.", browser.LastPage, StringComparison.Ordinal);
        var queries = site.Services.GetRequiredService<ContentQueries>();
        Assert.Equal("The Ombudsman met students", (await queries.ValuesAsync(id))!.Culture("en")!.Title);
        var states = await queries.StatesAsync(id);
        Assert.Equal(2, states!.Cultures.Single(c => c.Culture == "en").PublishedVersion);
        Assert.Equal(4, VersionRows().Count(browser.LastPage));

        // Keeping a version from cleanup is an editor's decision: the writer has no such form.
        Assert.DoesNotContain("name=\"_handler\" value=\"keep-2\"", browser.LastPage, StringComparison.Ordinal);
        using var editor = await SignedInAsync("history.editor@ombudsman.test", BackofficeRoles.Editor);
        var kept = await editor.SubmitAsync(history, new Dictionary<string, string>(), formName: "keep-2");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Contains("Version 2 is kept from cleanup.", editor.LastPage, StringComparison.Ordinal);
        Assert.True((await queries.VersionsAsync(id)).Single(v => v.Number == 2).Keep);
        Assert.Contains((await queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.Rollback })).Items, a => a.UserName == "history.writer");
    }

    [Fact]
    public async Task A_translator_reads_the_history_but_cannot_roll_back_and_a_forged_post_is_refused()
    {
        var id = await MeetingWithThreeVersionsAsync();
        using var writer = await SignedInAsync("history.form@ombudsman.test", BackofficeRoles.Writer);
        await writer.GetAsync($"/backoffice/content/{id:D}/history");

        await BackofficeUsers.CreateAsync(site, "history.translator@ombudsman.test", BackofficeRoles.Translator);
        using var translator = new BackofficeBrowser(site);
        await BackofficeUsers.SignInAsync(translator, "history.translator@ombudsman.test");
        Assert.Equal(HttpStatusCode.OK, (await translator.GetAsync($"/backoffice/content/{id:D}/history")).StatusCode);
        Assert.DoesNotContain("Roll back to", translator.LastPage, StringComparison.Ordinal);

        var forged = await translator.PostWithTokenOfLastPageAsync($"/backoffice/content/{id:D}/history", [new("_handler", "rollback-1")]);
        Assert.NotEqual(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(3, (await site.Services.GetRequiredService<ContentQueries>().DocumentAsync(id))!.HeadVersion);
        Assert.Equal(HttpStatusCode.NotFound, (await translator.GetAsync($"/backoffice/content/{Guid.NewGuid():D}/history")).StatusCode);
    }

    private async Task<Guid> MeetingWithThreeVersionsAsync()
    {
        var editing = site.Services.GetRequiredService<ContentEditingService>();
        var created = await editing.CreateAsync(new CreateContentRequest
        {
            Type = DocumentType.Meeting,
            Values = new ContentValues { DateUtc = new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc), Cultures = new Dictionary<string, CultureValues> { ["en"] = new() { Title = "The Ombudsman met students" } } },
        }, SiteFactory.Editor);
        var id = created.DocumentId!.Value;
        await site.EditItemAsync(id, v => v.WithCulture("en", v.Culture("en")! with { Title = "The Ombudsman met law students" }), "en");
        await site.EditItemAsync(id, v => v.WithCulture("en", v.Culture("en")! with { Title = "The Commissioner met law students" }));
        return id;
    }

    private async Task<BackofficeBrowser> SignedInAsync(string email, string role)
    {
        await BackofficeUsers.CreateAsync(site, email, role);
        var browser = new BackofficeBrowser(site);
        Assert.Equal(HttpStatusCode.Redirect, (await BackofficeUsers.SignInAsync(browser, email)).StatusCode);
        return browser;
    }

    [GeneratedRegex("<th scope=\"row\">\\s*Version \\d+")]
    private static partial Regex VersionRows();
}
