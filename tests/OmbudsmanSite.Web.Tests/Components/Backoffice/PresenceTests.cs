using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The editor's presence line and take-over, against another editor whose editor beats through the same shared store.</summary>
public sealed class PresenceTests : EditorContext, IClassFixture<SiteFactory>
{
    public PresenceTests(SiteFactory site)
        : base(site) =>
        Services.AddSingleton(Options.Create(new BackofficeOptions { AutosaveInterval = TimeSpan.FromHours(1), PresenceInterval = TimeSpan.FromMilliseconds(100) }));

    [Fact]
    public async Task Another_editor_is_shown_live_and_her_take_over_keeps_the_typed_text_as_a_version()
    {
        SignIn("editor-p1", "Aysel", [BackofficeRoles.Editor]);
        var id = await NewMeetingAsync(("az", "Görüş"), ("ru", "Встреча"));
        var presence = Site.Services.GetRequiredService<PresenceService>();
        var nigar = new ActingUser("editor-p2", "Nigar") { Rights = EditorialRights.ForRoles([BackofficeRoles.Editor], []) };
        var hers = Guid.NewGuid();
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement("[id='az.title']");
        Assert.Empty(editor.FindAll(".presence li"));

        var beat = await presence.BeatAsync(id, hers, nigar, "ru");
        Assert.Equal(["Aysel"], beat.Others.Select(o => o.UserName)); // she sees Aysel, who is in the az tab
        editor.WaitForAssertion(() => Assert.Equal("Nigar is editing (Russian)", editor.Find(".presence li").TextContent), TimeSpan.FromSeconds(5));
        Assert.Equal("status", editor.Find(".presence").GetAttribute("role"));
        Assert.NotEmpty(editor.FindAll(".presence button"));

        editor.Find("[id='az.title']").Input("Görüş (Aysel yazırdı)");
        Assert.Equal(OperationStatus.Success, (await presence.TakeOverAsync(id, hers, nigar)).Status);

        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll(".taken-over")), TimeSpan.FromSeconds(5));
        Assert.Equal("Nigar took this item over.", editor.Find(".taken-over h2").TextContent);
        Assert.Contains("kept as version 2", editor.Find(".taken-over").TextContent, StringComparison.Ordinal);
        Assert.Empty(editor.FindAll("form.editor"));
        var kept = await Site.Services.GetRequiredService<ContentQueries>().ValuesAsync(id, 2);
        Assert.Equal("Görüş (Aysel yazırdı)", kept!.Culture("az")!.Title);
        Assert.Empty((await presence.BeatAsync(id, hers, nigar, "ru")).Others); // Aysel's editor left the item
    }
}
