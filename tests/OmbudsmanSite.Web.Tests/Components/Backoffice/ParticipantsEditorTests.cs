using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The participants editor: rows moved by buttons, each move said aloud, roles per culture, people added from the picker.</summary>
public sealed class ParticipantsEditorTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Rows_move_by_keyboard_buttons_and_each_move_is_announced()
    {
        var user = SignIn("writer-p", "Writer", [BackofficeRoles.Writer]);
        var taxonomy = await Site.Services.GetRequiredService<ReferenceDataCache>().TaxonomyAsync();
        var people = taxonomy.Values.Where(t => t.Kind == TaxonomyKind.Person).Take(3).ToList();
        var rows = people.Select(p => new ParticipantDraft { PersonId = p.Id }).ToList();
        var changes = 0;
        var editor = Render<ParticipantsEditor>(p => p
            .Add(e => e.Participants, rows).Add(e => e.Items, taxonomy).Add(e => e.Culture, "en").Add(e => e.User, user)
            .Add(e => e.OnChanged, () => changes++));

        var name = people[2].Names["en"]!;
        Assert.NotNull(editor.Find($"button[aria-label='Move down: {name}']").GetAttribute("disabled"));
        editor.Find($"button[aria-label='Move up: {name}']").Click();

        Assert.Equal([people[0].Id, people[2].Id, people[1].Id], rows.Select(r => r.PersonId));
        Assert.Equal(name, editor.FindAll(".participant-name")[1].TextContent);
        Assert.Equal($"{name} is now participant 2 of 3.", editor.Find("[role=status]").TextContent);
        Assert.Equal(1, changes);

        editor.Find($"[id='participant-{people[2].Id:N}-role-ru']").Change("Председатель");
        Assert.Equal("Председатель", rows[1].Role["ru"]);

        editor.Find($"button[aria-label='Remove {people[0].Names["en"]}']").Click();
        Assert.Equal(2, rows.Count);
        Assert.Equal(2, editor.FindAll(".participant").Count);
    }

    [Fact]
    public async Task A_person_not_in_the_list_is_created_and_added()
    {
        var user = SignIn("writer-q", "Writer", [BackofficeRoles.Writer]);
        var taxonomy = await Site.Services.GetRequiredService<ReferenceDataCache>().TaxonomyAsync();
        var rows = new List<ParticipantDraft>();
        var editor = Render<ParticipantsEditor>(p => p
            .Add(e => e.Participants, rows).Add(e => e.Items, taxonomy).Add(e => e.Culture, "az").Add(e => e.User, user));

        editor.Find("#participant-add-search").Input("Ləman Hüseynova");
        editor.Find("button.secondary").Click();

        editor.WaitForAssertion(() => Assert.Single(rows));
        var created = (await Site.Services.GetRequiredService<ReferenceDataCache>().TaxonomyAsync())[rows[0].PersonId];
        Assert.Equal(TaxonomyKind.Person, created.Kind);
        Assert.Equal("Ləman Hüseynova", created.Names["az"]);
        Assert.Equal("leman-huseynova", created.Alias);
    }
}
