using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>
/// A published language's address is a field: it shows the public URL it will have and that the old
/// one keeps working; saving changes it through the slug change (a 301 stays behind), and an address
/// already taken is an error at the field, the typed address kept.
/// </summary>
public sealed class AddressChangeTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    private const string SlugInput = "[id='az.slug']";

    [Fact]
    public async Task A_published_address_is_changed_from_the_editor_and_the_old_one_answers_301()
    {
        SignIn("editor-a", "Editor A", [BackofficeRoles.Editor]);
        var id = await NewMeetingAsync(("az", "Köhnə ünvanlı görüş"));
        Assert.True((await Site.Services.GetRequiredService<ContentPublishingService>().PublishAsync(id, ["az"], SiteFactory.Editor)).Succeeded);
        var old = (await Site.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!.Cultures.Single().Slug;

        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement(SlugInput);
        Assert.Equal(old, editor.Find(SlugInput).GetAttribute("value"));
        Assert.Contains($"Public address: /az/gorusler/{old}", editor.Find("[id='az.slug-url']").TextContent, StringComparison.Ordinal);

        editor.Find(SlugInput).Input("yeni-unvan");
        var url = editor.Find("[id='az.slug-url']").TextContent;
        Assert.Contains("After saving, the public address will be /az/gorusler/yeni-unvan", url, StringComparison.Ordinal);
        Assert.Contains($"/az/gorusler/{old} keeps working and sends readers there.", url, StringComparison.Ordinal);
        Assert.Contains("the old address keeps working", editor.Find("[id='az.slug-hint']").TextContent, StringComparison.Ordinal);

        await editor.Find("form.editor").SubmitAsync();
        editor.WaitForAssertion(() => Assert.Contains("New address saved (Azerbaijani)", editor.Find(".editor-status").TextContent, StringComparison.Ordinal));

        Assert.Equal("yeni-unvan", (await Site.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!.Cultures.Single().Slug);
        await Site.JournalAppliedAsync();
        using var moved = await Site.CreatePlainClient().GetAsync(new Uri($"/az/gorusler/{old}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/az/gorusler/yeni-unvan", moved.Headers.Location!.OriginalString);
        Assert.Contains((await Site.Services.GetRequiredService<ContentQueries>().AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.SlugChanged })).Items,
            a => a.UserName == "Editor A");
    }

    [Fact]
    public async Task An_address_already_taken_is_an_error_at_its_field_and_the_typed_address_stays()
    {
        SignIn("editor-b", "Editor B", [BackofficeRoles.Editor]);
        var taken = await NewMeetingAsync(("az", "Ünvanı tutulmuş görüş"));
        var takenSlug = (await Site.Services.GetRequiredService<ContentQueries>().StatesAsync(taken))!.Cultures.Single().Slug;
        var id = await NewMeetingAsync(("az", "Ünvan istəyən görüş"));
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement(SlugInput);

        editor.Find(SlugInput).Input(takenSlug);
        await editor.Find("form.editor").SubmitAsync();

        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll(".error-summary a[href='#az.slug']")));
        Assert.Equal("true", editor.Find(SlugInput).GetAttribute("aria-invalid"));
        Assert.Contains("is already the address of «Ünvanı tutulmuş görüş»", editor.Find("[id='az.slug-error']").TextContent, StringComparison.Ordinal);
        Assert.Equal(takenSlug, editor.Find(SlugInput).GetAttribute("value"));
        Assert.NotEqual(takenSlug, (await Site.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!.Cultures.Single().Slug);
    }
}
