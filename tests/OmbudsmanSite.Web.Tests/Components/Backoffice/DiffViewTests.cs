using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Web.Backoffice;
using OmbudsmanSite.Web.Components.Backoffice.History;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The diff view: insertions and deletions are told by element and by words a screen reader speaks, per language and field.</summary>
public sealed class DiffViewTests : BunitContext, IClassFixture<SiteFactory>
{
    public DiffViewTests(SiteFactory site)
    {
        ArgumentNullException.ThrowIfNull(site);
        Services.AddSingleton(site.Services.GetRequiredService<BackofficeText>());
        Services.AddSingleton(site.Services.GetRequiredService<SiteCultures>());
    }

    [Fact]
    public void Insertions_and_deletions_are_marked_by_more_than_colour_and_grouped_by_language()
    {
        var diff = new VersionDiff(Guid.NewGuid(), 1, 2,
        [
            new FieldDiff(FieldNames.MeetingFormat, null, [new DiffSegment(DiffSegmentKind.Deleted, "InPerson"), new DiffSegment(DiffSegmentKind.Inserted, "Online")]),
            new FieldDiff(FieldNames.Title, "ru", [new DiffSegment(DiffSegmentKind.Unchanged, "Омбудсмен "), new DiffSegment(DiffSegmentKind.Deleted, "встретился"), new DiffSegment(DiffSegmentKind.Inserted, "встретилась"), new DiffSegment(DiffSegmentKind.Unchanged, " с делегацией")]),
            new FieldDiff(FieldNames.Body, "ru", [new DiffSegment(DiffSegmentKind.Unchanged, "Текст")], MarkupChanged: true),
        ]);

        var view = Render<DiffView>(p => p.Add(v => v.Diff, diff));

        Assert.Equal(["Shared values", "Russian"], view.FindAll("h3").Select(h => h.TextContent));
        var title = view.FindAll("dd[lang=ru]")[0];
        Assert.Equal("removed: встретился (end)", title.QuerySelector("del")!.TextContent);
        Assert.Equal("added: встретилась (end)", title.QuerySelector("ins")!.TextContent);
        Assert.Equal("removed: ", title.QuerySelector("del .visually-hidden")!.TextContent);
        Assert.Equal("Омбудсмен removed: встретился (end)added: встретилась (end) с делегацией", title.TextContent);
        Assert.Equal("Format", view.FindAll("dt")[0].TextContent);
        Assert.Contains("Only the formatting changed", view.FindAll("dd[lang=ru]")[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("marked “added”", view.Find("#diff-legend").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_versions_with_the_same_values_say_so()
    {
        var view = Render<DiffView>(p => p.Add(v => v.Diff, new VersionDiff(Guid.NewGuid(), 3, 4, [])));
        Assert.Equal("These versions hold the same values.", view.Find("p").TextContent);
        Assert.Empty(view.FindAll("ins, del"));
    }
}
