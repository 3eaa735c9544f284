using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Tests.Content;

public sealed class ContentItemPublishingTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static ContentItem MeetingWith(params string[] cultures)
    {
        var item = new ContentItem(Guid.NewGuid(), DocumentType.Meeting, Now);
        foreach (var culture in cultures)
        {
            var variant = item.AddVariant(culture, $"Title {culture}", Now);
            variant.TrySetSlug($"title-{culture}", Now);
        }

        return item;
    }

    [Fact]
    public void Can_publish_single_culture()
    {
        var item = MeetingWith("az", "en", "ru");

        item.Publish("az", Now);

        Assert.True(item.IsPublishedIn("az"));
        Assert.False(item.IsPublishedIn("en"));
        Assert.False(item.IsPublishedIn("ru"));
        Assert.Equal(["az"], item.PublishedCultures);
    }

    [Fact]
    public void Cannot_publish_unknown_culture()
    {
        var item = MeetingWith("az");

        var error = Assert.Throws<ContentRuleException>(() => item.Publish("ru", Now));

        Assert.Contains("no ru variant", error.Message, StringComparison.Ordinal);
        Assert.False(item.IsPublishedIn("ru"));
    }

    [Fact]
    public void An_item_may_lack_a_culture_entirely()
    {
        var item = MeetingWith("az", "en");

        item.Publish("az", Now);

        Assert.Null(item.GetVariant("ru"));
        Assert.Null(item.GetPublishedVariant("ru"));
    }

    [Fact]
    public void Cannot_publish_a_variant_without_a_slug()
    {
        var item = new ContentItem(Guid.NewGuid(), DocumentType.NewsArticle, Now);
        item.AddVariant("en", "No slug yet", Now);

        Assert.Throws<ContentRuleException>(() => item.Publish("en", Now));
        Assert.False(item.IsPublishedIn("en"));
    }

    [Fact]
    public void Unpublishing_one_culture_leaves_the_others_live()
    {
        var item = MeetingWith("az", "en");
        item.Publish("az", Now);
        item.Publish("en", Now);

        item.Unpublish("en", Now.AddHours(1));

        Assert.True(item.IsPublishedIn("az"));
        Assert.False(item.IsPublishedIn("en"));
        Assert.Equal(PublicationState.Draft, item.GetVariant("en")!.State);
    }

    [Fact]
    public void Slug_is_stable_once_published_even_after_unpublishing()
    {
        var item = MeetingWith("en");
        var variant = item.GetVariant("en")!;
        Assert.True(variant.TrySetSlug("first-slug", Now));
        item.Publish("en", Now);
        item.Unpublish("en", Now);

        var changed = variant.TrySetSlug("second-slug", Now);

        Assert.False(changed);
        Assert.Equal("first-slug", variant.Slug);
        Assert.Equal(Now, variant.FirstPublishedUtc);
    }

    [Fact]
    public void Slug_follows_edits_while_never_published()
    {
        var item = MeetingWith("en");
        var variant = item.GetVariant("en")!;

        Assert.True(variant.TrySetSlug("renamed", Now));
        Assert.Equal("renamed", variant.Slug);
    }

    [Fact]
    public void Rejects_an_invalid_slug()
    {
        var variant = MeetingWith("en").GetVariant("en")!;

        Assert.Throws<ContentRuleException>(() => variant.TrySetSlug("Not A Slug", Now));
    }

    [Fact]
    public void Cannot_add_a_second_variant_in_the_same_culture()
    {
        var item = MeetingWith("az");

        Assert.Throws<ContentRuleException>(() => item.AddVariant("AZ", "Again", Now));
    }

    [Fact]
    public void Only_meetings_have_participants()
    {
        var report = new ContentItem(Guid.NewGuid(), DocumentType.Report, Now);

        Assert.NotNull(report.Report);
        Assert.Null(report.Meeting);
        Assert.Throws<ContentRuleException>(() => report.SetParticipants([new MeetingParticipant { PersonId = Guid.NewGuid() }]));
    }

    [Fact]
    public void SetTaxonomy_replaces_links_without_duplicates()
    {
        var item = MeetingWith("az");
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        item.SetTaxonomy([a, b, b]);

        item.SetTaxonomy([b, c]);

        Assert.Equal(new[] { b, c }.Order(), item.Taxonomy.Select(t => t.TaxonomyItemId).Order());
    }
}
