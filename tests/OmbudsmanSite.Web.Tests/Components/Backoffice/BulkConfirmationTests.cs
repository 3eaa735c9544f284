using Bunit;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Web.Components.Backoffice;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The bulk confirmation says what will happen, in which languages, to which items by name, and posts exactly that choice again.</summary>
public sealed class BulkConfirmationTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public void It_names_the_items_and_languages_and_carries_the_choice_in_its_form()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var confirmation = Render<BulkConfirmation>(p => p
            .Add(c => c.Action, BulkAction.Unpublish)
            .Add(c => c.Cultures, ["en", "ru"])
            .Add(c => c.Items, [(first, "Annual report", "en"), (second, "Годовой доклад", "ru")])
            .Add(c => c.CancelHref, "/backoffice/content/report?page=2"));

        Assert.Equal("Unpublish 2 item(s)?", confirmation.Find("h2").TextContent);
        Assert.Contains("In: English, Russian.", confirmation.Markup, StringComparison.Ordinal);
        Assert.Equal(["Annual report", "Годовой доклад"], confirmation.FindAll(".bulk-items li").Select(li => li.TextContent));
        Assert.Equal("ru", confirmation.FindAll(".bulk-items li")[1].GetAttribute("lang"));
        Assert.Equal([first.ToString(), second.ToString()], confirmation.FindAll("input[name=ids]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["en", "ru"], confirmation.FindAll("input[name=cultures]").Select(i => i.GetAttribute("value")));
        Assert.Equal("Unpublish", confirmation.Find("input[name=action]").GetAttribute("value"));
        Assert.Equal("Unpublish them", confirmation.Find("button[type=submit]").TextContent);
        Assert.Equal("/backoffice/content/report?page=2", confirmation.Find("a.button").GetAttribute("href"));
    }

    [Fact]
    public void Moving_to_the_recycle_bin_names_no_languages_and_is_marked_as_dangerous()
    {
        var confirmation = Render<BulkConfirmation>(p => p
            .Add(c => c.Action, BulkAction.Delete)
            .Add(c => c.Cultures, [])
            .Add(c => c.Items, [(Guid.NewGuid(), "Köhnə xəbər", "az")])
            .Add(c => c.CancelHref, "/backoffice/content/news"));

        Assert.Equal("Move 1 item(s) to the recycle bin?", confirmation.Find("h2").TextContent);
        Assert.DoesNotContain("In:", confirmation.Markup, StringComparison.Ordinal);
        Assert.Contains("danger", confirmation.Find("button[type=submit]").ClassName, StringComparison.Ordinal);
    }
}
