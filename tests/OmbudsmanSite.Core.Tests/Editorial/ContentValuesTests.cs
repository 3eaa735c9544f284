using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;

namespace OmbudsmanSite.Core.Tests.Editorial;

public sealed class ContentValuesTests
{
    private static readonly SiteCultures Cultures = new([
        new CultureDefinition { Code = "az", CultureName = "az-Latn-AZ", IsDefault = true, Order = 0 },
        new CultureDefinition { Code = "en", CultureName = "en-GB", Order = 1 },
        new CultureDefinition { Code = "ru", CultureName = "ru-RU", Order = 2 },
    ]);

    private static readonly ContentValues Meeting = new()
    {
        DateUtc = new DateTime(2024, 7, 11, 11, 25, 0, DateTimeKind.Utc),
        Meeting = new MeetingValues { Format = MeetingFormat.Online, Location = new([new("az", "Bakı")]) },
        Cultures = new Dictionary<string, CultureValues>
        {
            ["az"] = new() { Title = "Görüş", BodyHtml = "<p>Mətn</p>" },
            ["en"] = new() { Title = "Meeting", BodyHtml = "<p>Text</p>" },
        },
    };

    [Fact]
    public void Changed_cultures_are_the_ones_added_removed_or_edited()
    {
        var edited = Meeting.WithCulture("en", Meeting.Culture("en")! with { Title = "A meeting" }).WithCulture("ru", new CultureValues { Title = "Встреча" });

        Assert.Equal(["en", "ru"], edited.CulturesChangedFrom(Meeting));
        Assert.Equal(["az"], Meeting.WithCulture("az", null).CulturesChangedFrom(Meeting));
        Assert.Empty(Meeting.CulturesChangedFrom(Meeting with { }));
        Assert.True(edited.InvariantEquals(Meeting));
    }

    [Fact]
    public void Invariant_values_compare_by_value_not_by_reference()
    {
        var same = Meeting with { Meeting = new MeetingValues { Format = MeetingFormat.Online, Location = new([new("az", "Bakı")]) }, Taxonomy = [] };
        var moved = Meeting with { Meeting = Meeting.Meeting! with { Location = Meeting.Meeting.Location.With("en", "Baku") } };

        Assert.True(same.InvariantEquals(Meeting));
        Assert.False(moved.InvariantEquals(Meeting));
        Assert.False((Meeting with { DateUtc = null }).InvariantEquals(Meeting));
        Assert.Null(Meeting.Meeting!.Location["en"]); // With made a copy.
    }

    [Fact]
    public void Validation_names_the_field_at_fault()
    {
        var bad = Meeting
            .WithCulture("en", new CultureValues { Title = " " })
            .WithCulture("de", new CultureValues { Title = "Treffen" })
            with { Report = new ReportValues { Year = 2024 } };

        var errors = ContentValidator.Validate(DocumentType.Meeting, bad, Cultures);

        Assert.Contains(errors, e => e.Field == "en.title");
        Assert.Contains(errors, e => e.Field == FieldNames.Culture && e.Message.Contains("'de'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == FieldNames.ReportYear);
        Assert.Empty(ContentValidator.Validate(DocumentType.Meeting, Meeting, Cultures));
        Assert.Equal("az.slug", ContentValidator.ValidateSlug("az", "Not A Slug")!.Field);
        Assert.Null(ContentValidator.ValidateSlug("az", "gorus"));
    }
}
