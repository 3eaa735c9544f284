using System.Net;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>The editors' lists: per-culture states in words, filters in the address, paging, bad input told.</summary>
public sealed class ContentListTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task A_list_shows_each_item_with_its_state_in_every_language_and_filters_by_words_and_state()
    {
        using var browser = await SignedInAsync("list.writer@ombudsman.test");

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/backoffice/content/meeting")).StatusCode);
        var rows = CountRows(browser.LastPage);
        Assert.True(rows >= 5, browser.LastPage);
        Assert.Contains("<abbr title=\"Russian\">RU</abbr>: published", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("<caption id=\"results-caption\">Meetings, Page 1</caption>", browser.LastPage, StringComparison.Ordinal);

        await browser.GetAsync("/backoffice/content/meeting?words=ONLINE");
        Assert.InRange(CountRows(browser.LastPage), 1, rows - 1);
        Assert.Contains("value=\"ONLINE\"", browser.LastPage, StringComparison.Ordinal);

        // The author filter offers the accounts and the site's own processes, and filters by who.
        Assert.Contains("<option value=\"" + SystemUsers.USync.Id + "\">uSync</option>", browser.LastPage, StringComparison.Ordinal);
        await browser.GetAsync("/backoffice/content/meeting?author=" + Uri.EscapeDataString(SystemUsers.USync.Id));
        Assert.Equal(rows, CountRows(browser.LastPage));
        Assert.Contains("<option value=\"" + SystemUsers.USync.Id + "\" selected>uSync</option>", browser.LastPage, StringComparison.Ordinal);
        await browser.GetAsync("/backoffice/content/meeting?author=" + Uri.EscapeDataString(SystemUsers.LegacyImport.Id));
        Assert.Equal(0, CountRows(browser.LastPage));

        await browser.GetAsync("/backoffice/content/meeting?stateIn=en&state=Draft");
        Assert.Equal(0, CountRows(browser.LastPage));
        Assert.Contains("No items match.", browser.LastPage, StringComparison.Ordinal);

        using var russian = new BackofficeBrowser(site, "ru");
        await BackofficeUsers.SignInAsync(russian, "list.writer@ombudsman.test");
        await russian.GetAsync("/backoffice/content/meeting");
        Assert.Contains("<html lang=\"ru\">", russian.LastPage, StringComparison.Ordinal);
        Assert.Contains("<abbr title=\"Английский\">EN</abbr>: опубликован", russian.LastPage, StringComparison.Ordinal);

        // Her own choice outranks the browser's.
        await russian.SubmitAsync("/backoffice/account", new Dictionary<string, string> { ["ui"] = "az" }, formName: "ui-language");
        await russian.GetAsync("/backoffice/content/meeting");
        Assert.Contains("<html lang=\"az\">", russian.LastPage, StringComparison.Ordinal);
        Assert.Contains("EN</abbr>: dərc edilib", russian.LastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_filters_are_told_next_to_their_field_and_an_unknown_type_is_not_found()
    {
        using var browser = await SignedInAsync("list.editor@ombudsman.test");

        var badDate = await browser.GetAsync("/backoffice/content/meeting?from=09.03.2026&state=Nonsense&sort=sideways&page=-4");
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        Assert.Contains("<a href=\"#from\">This is not a date", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"from-hint from-error\"", browser.LastPage, StringComparison.Ordinal);
        Assert.True(CountRows(browser.LastPage) >= 5, "the other filters still apply; the bad ones are ignored");

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/backoffice/content/recipes")).StatusCode);
    }

    [Fact]
    public async Task Pages_link_to_each_other_keeping_the_filters()
    {
        using var browser = await SignedInAsync("list.pager@ombudsman.test");
        await browser.GetAsync("/backoffice/content/meeting?sort=oldest");
        Assert.DoesNotContain("rel=\"next\"", browser.LastPage, StringComparison.Ordinal); // fewer items than a page

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/backoffice/content/meeting?sort=oldest&page=2")).StatusCode);
        Assert.Contains("No items match.", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/backoffice/content/meeting?sort=oldest\" rel=\"prev\"", browser.LastPage, StringComparison.Ordinal);
    }

    private async Task<BackofficeBrowser> SignedInAsync(string email)
    {
        await BackofficeUsers.CreateAsync(site, email, BackofficeRoles.Writer);
        var browser = new BackofficeBrowser(site);
        Assert.Equal(HttpStatusCode.Redirect, (await BackofficeUsers.SignInAsync(browser, email)).StatusCode);
        return browser;
    }

    private static int CountRows(string page) =>
        page.Split("<tbody>", 2) is [_, var body] ? body.Split("</tbody>", 2)[0].Split("<tr>").Length - 1 : 0;
}
