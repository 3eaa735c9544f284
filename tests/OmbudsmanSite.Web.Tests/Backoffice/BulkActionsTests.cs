using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>
/// A list's selection with bulk actions: chosen items and languages, a confirmation that names them,
/// then each item's own result; a user without the right is not offered (and not allowed) the action.
/// </summary>
public sealed class BulkActionsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Selected_items_are_submitted_in_the_chosen_language_after_a_confirmation_naming_them_and_each_answers_for_itself()
    {
        var both = await MeetingAsync(("az", "Kütləvi görüş bir"), ("en", "Bulkmeeting one"));
        var azOnly = await MeetingAsync(("az", "Kütləvi görüş iki"));
        var other = await MeetingAsync(("az", "Kütləvi görüş üç"), ("en", "Bulkmeeting three"));
        var (_, browser) = await BackofficeUsers.SignedInAsync(site, "bulk.editor@ombudsman.test", BackofficeRoles.Editor);
        using (browser)
        {
            const string List = "/backoffice/content/meeting?words=K%C3%BCtl%C9%99vi";
            await browser.GetAsync(List);
            Assert.Contains("aria-label=\"Select “Bulkmeeting one”\"", browser.LastPage, StringComparison.Ordinal);
            Assert.Contains("<option value=\"Publish\"", browser.LastPage, StringComparison.Ordinal);
            Assert.Contains("class=\"thumb thumb-none\"", browser.LastPage, StringComparison.Ordinal); // no lead image: the type's icon

            Assert.Equal(HttpStatusCode.OK, (await browser.PostWithTokenOfLastPageAsync(List, Fields("bulk", "Submit", [both, azOnly, other], ["en"]))).StatusCode);
            Assert.Contains("Submit 3 item(s) for review?", browser.LastPage, StringComparison.Ordinal);
            Assert.Contains("In: English.", browser.LastPage, StringComparison.Ordinal);
            Assert.Contains("<li lang=\"en\">Bulkmeeting one</li>", browser.LastPage, StringComparison.Ordinal);
            Assert.Contains("<li lang=\"az\">Kütləvi görüş iki</li>", browser.LastPage, StringComparison.Ordinal);
            Assert.Contains("<li lang=\"en\">Bulkmeeting three</li>", browser.LastPage, StringComparison.Ordinal);
            var states = site.Services.GetRequiredService<ContentQueries>();
            Assert.False(await InReviewAsync(states, both, "en")); // nothing happens before the confirmation

            await browser.PostWithTokenOfLastPageAsync(List, Fields("bulk-confirm", "Submit", [both, azOnly, other], ["en"]));
            Assert.Contains("Submitted: 2 of 3", browser.LastPage, StringComparison.Ordinal);
            Assert.Contains("Submitted for review in English", browser.LastPage, StringComparison.Ordinal);
            Assert.Contains("Left as it was: none of the chosen languages applied", browser.LastPage, StringComparison.Ordinal);
            Assert.True(await InReviewAsync(states, both, "en"));
            Assert.True(await InReviewAsync(states, other, "en"));
            Assert.False(await InReviewAsync(states, azOnly, "az"));

            // One item gone meanwhile (here: never there) fails alone; the others go ahead.
            var gone = Guid.NewGuid();
            await browser.PostWithTokenOfLastPageAsync(List, Fields("bulk-confirm", "Publish", [azOnly, gone], ["az"]));
            Assert.Contains("Published: 1 of 2", browser.LastPage, StringComparison.Ordinal);
            Assert.Contains("Published in Azerbaijani", browser.LastPage, StringComparison.Ordinal);
            Assert.Contains($"There is no item {gone}.", browser.LastPage, StringComparison.Ordinal);
            Assert.Equal(CultureState.Published, (await states.StatesAsync(azOnly))!.StateOf("az"));
        }
    }

    private static async Task<bool> InReviewAsync(ContentQueries states, Guid id, string culture) =>
        (await states.StatesAsync(id))!.Cultures.Single(c => c.Culture == culture).InReview;

    [Fact]
    public async Task A_writer_is_not_offered_publishing_and_a_posted_publish_is_refused_with_nothing_done()
    {
        var id = await MeetingAsync(("az", "Müəllifin kütləvi seçimi"));
        var (_, browser) = await BackofficeUsers.SignedInAsync(site, "bulk.writer@ombudsman.test", BackofficeRoles.Writer);
        using (browser)
        {
            const string List = "/backoffice/content/meeting?words=M%C3%BC%C9%99llifin";
            await browser.GetAsync(List);
            Assert.Contains("<option value=\"Submit\"", browser.LastPage, StringComparison.Ordinal);
            Assert.DoesNotContain("<option value=\"Publish\"", browser.LastPage, StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostWithTokenOfLastPageAsync(List, Fields("bulk-confirm", "Publish", [id], ["az"]))).StatusCode);
            Assert.Contains("Choose what to do with the selected items.", browser.LastPage, StringComparison.Ordinal);
            Assert.Equal(CultureState.Draft, (await site.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!.StateOf("az"));

            var refused = await browser.PostWithTokenOfLastPageAsync(List, Fields("bulk", "Publish", [id], ["az"]));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Choose what to do with the selected items.", browser.LastPage, StringComparison.Ordinal);
        }
    }

    private static List<KeyValuePair<string, string>> Fields(string form, string action, IEnumerable<Guid> ids, IEnumerable<string> cultures) =>
        [new("_handler", form), new("action", action), .. ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString())), .. cultures.Select(c => new KeyValuePair<string, string>("cultures", c))];

    private async Task<Guid> MeetingAsync(params (string Culture, string Title)[] titles)
    {
        var created = await site.Services.GetRequiredService<ContentEditingService>().CreateAsync(new CreateContentRequest
        {
            Type = DocumentType.Meeting,
            Values = new ContentValues
            {
                DateUtc = new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc),
                Meeting = new MeetingValues(),
                Cultures = titles.ToDictionary(t => t.Culture, t => new CultureValues { Title = t.Title, BodyHtml = "<p>Mətn.</p>" }),
            },
        }, SiteFactory.Editor);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Message)));
        return created.DocumentId!.Value;
    }
}
