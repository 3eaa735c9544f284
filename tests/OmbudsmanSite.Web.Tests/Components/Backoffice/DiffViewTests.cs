using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Web.Backoffice;
using OmbudsmanSite.Web.Components.Backoffice.History;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>
/// The diff view, in human terms: insertions and deletions told by element and by words a screen reader
/// speaks, dates in Baku time, names in the reader's language, formats in words, lists item by item, the
/// lead image as a thumbnail, and bodies as they read (formatting, images with alt text, link targets).
/// </summary>
public sealed class DiffViewTests : BunitContext, IClassFixture<SiteFactory>
{
    private static readonly Guid LessonPhoto = Guid.Parse("0e5a1f00-0000-4000-8000-0000000000a1");
    private readonly SiteFactory _site;

    public DiffViewTests(SiteFactory site)
    {
        ArgumentNullException.ThrowIfNull(site);
        _site = site;
        foreach (var type in new[] { typeof(BackofficeText), typeof(SiteCultures), typeof(MediaQueries), typeof(ImageUrlSigner) })
        {
            Services.AddSingleton(type, site.Services.GetRequiredService(type));
        }
    }

    [Fact]
    public void Insertions_and_deletions_are_marked_by_more_than_colour_and_grouped_by_language()
    {
        var diff = new VersionDiff(Guid.NewGuid(), 1, 2,
        [
            new FieldDiff(FieldNames.Title, "ru", [new DiffSegment(DiffSegmentKind.Unchanged, "Омбудсмен "), new DiffSegment(DiffSegmentKind.Deleted, "встретился"), new DiffSegment(DiffSegmentKind.Inserted, "встретилась"), new DiffSegment(DiffSegmentKind.Unchanged, " с делегацией")]),
        ]);

        var view = Render<DiffView>(p => p.Add(v => v.Diff, diff));

        var title = view.Find("dd[lang=ru]");
        Assert.Equal("removed: встретился (end)", title.QuerySelector("del")!.TextContent);
        Assert.Equal("added: встретилась (end)", title.QuerySelector("ins")!.TextContent);
        Assert.Equal("removed: ", title.QuerySelector("del .visually-hidden")!.TextContent);
        Assert.Equal("Омбудсмен removed: встретился (end)added: встретилась (end) с делегацией", title.TextContent);
        Assert.Contains("marked “added”", view.Find("#diff-legend").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shared_values_read_in_human_terms_and_a_body_as_it_reads()
    {
        var taxonomy = await _site.Services.GetRequiredService<OmbudsmanSite.Infrastructure.Persistence.ReferenceDataCache>().TaxonomyAsync();
        var person = taxonomy.Values.First(t => t.Kind == OmbudsmanSite.Core.Taxonomy.TaxonomyKind.Person);
        var topic = taxonomy.Values.First(t => t.Kind == OmbudsmanSite.Core.Taxonomy.TaxonomyKind.Topic);
        var before = new ContentValues
        {
            DateUtc = new DateTime(2026, 12, 3, 7, 0, 0, DateTimeKind.Utc),
            Meeting = new MeetingValues { Format = MeetingFormat.InPerson },
            Cultures = new Dictionary<string, CultureValues> { ["en"] = new() { Title = "Visit", BodyHtml = "<p>The <strong>Ombudsman</strong> met <a href=\"https://un.org\">the UN</a>.</p><p>Second.</p>" } },
        };
        var after = before with
        {
            DateUtc = new DateTime(2026, 12, 4, 7, 0, 0, DateTimeKind.Utc),
            ImageId = LessonPhoto,
            Taxonomy = [topic.Id],
            Meeting = new MeetingValues { Format = MeetingFormat.Online, Participants = [new ParticipantValues { PersonId = person.Id }] },
            Cultures = new Dictionary<string, CultureValues> { ["en"] = new() { Title = "Visit", BodyHtml = "<p>The <em>Ombudsman</em> met <a href=\"https://ohchr.org\">the UN</a>.</p><p><img src=\"/media/x/y/photo.jpg\" alt=\"Pupils at a lesson\"></p>" } },
        };

        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en-GB"); // the reader's interface language
        var fields = VersionDiffer.Compare(before, after, await _site.Services.GetRequiredService<DiffDescribers>().ForAsync("en"));
        var view = Render<DiffView>(p => p.Add(v => v.Diff, new VersionDiff(Guid.NewGuid(), 1, 2, fields)));

        var shared = view.FindAll("dd:not([lang])").Select(d => d.TextContent).ToList();
        Assert.Contains(shared, t => t.Contains("2026-12-removed: 03 (end)added: 04 (end) 11:00 Baku time", StringComparison.Ordinal)); // Baku time, not UTC
        Assert.Contains(shared, t => t.Contains("removed: In person (end)", StringComparison.Ordinal) && t.Contains("added: Online (end)", StringComparison.Ordinal));
        Assert.Contains(view.FindAll("ul.diff-list li"), li => li.TextContent == $"added: {person.Names.Get("en", "az")} (end)");
        Assert.Contains(view.FindAll("ul.diff-list li"), li => li.TextContent == $"added: {topic.Names.Get("en", "az")} (end)");
        var lead = view.Find("ul.diff-images ins img");
        Assert.Equal("Participants at a legal awareness lesson", lead.GetAttribute("alt"));
        Assert.Contains("width=160", lead.GetAttribute("src"), StringComparison.Ordinal);
        Assert.DoesNotContain(shared, t => t.Contains(LessonPhoto.ToString(), StringComparison.Ordinal));

        var body = view.Find(".diff-body");
        Assert.Equal("Ombudsman", body.QuerySelector("del strong")!.TextContent);
        Assert.Equal("Ombudsman", body.QuerySelector("ins em")!.TextContent);
        Assert.Contains("removed: the UN (→ https://un.org) (end)", body.TextContent, StringComparison.Ordinal); // where the link goes, shown
        Assert.Contains("added: the UN (→ https://ohchr.org) (end)", body.TextContent, StringComparison.Ordinal);
        Assert.Equal("Pupils at a lesson", body.QuerySelector("ins img")!.GetAttribute("alt"));
        Assert.Contains("added:  (alt text: Pupils at a lesson) (end)", body.TextContent, StringComparison.Ordinal); // the image and its alt text
    }

    [Fact]
    public void A_mark_holds_the_words_and_leaves_the_spaces_around_them_outside()
    {
        var before = new ContentValues { Cultures = new Dictionary<string, CultureValues> { ["az"] = new() { Title = "Ombudsmanın məruzəsi", BodyHtml = "<p>Məruzədə işlər təsvir olunur.</p>" } } };
        var after = before with { Cultures = new Dictionary<string, CultureValues> { ["az"] = new() { Title = "Ombudsmanın illik məruzəsi", BodyHtml = "<p>Məruzədə görülən işlər təsvir olunur.</p>" } } };

        var view = Render<DiffView>(p => p.Add(v => v.Diff, new VersionDiff(Guid.NewGuid(), 1, 2, VersionDiffer.Compare(before, after))));

        var title = view.Find("dd[lang=az] .diff-text");
        Assert.Equal("added: illik (end)", title.QuerySelector("ins")!.TextContent);
        Assert.Equal("Ombudsmanın added: illik (end) məruzəsi", title.TextContent);
        var body = view.Find(".diff-body p");
        Assert.Equal("added: görülən (end)", body.QuerySelector("ins")!.TextContent);
        Assert.Equal("Məruzədə added: görülən (end) işlər təsvir olunur.", body.TextContent);
    }

    [Fact]
    public void Two_versions_with_the_same_values_say_so()
    {
        var view = Render<DiffView>(p => p.Add(v => v.Diff, new VersionDiff(Guid.NewGuid(), 3, 4, [])));
        Assert.Equal("These versions hold the same values.", view.Find("p").TextContent);
        Assert.Empty(view.FindAll("ins, del"));
    }
}
