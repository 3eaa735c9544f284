using OmbudsmanSite.Core.Slugs;

namespace OmbudsmanSite.Core.Content;

/// <summary>
/// One live language of a published item: the text of the version published in it, and its address.
/// </summary>
public sealed class ContentVariant
{
    // For EF Core.
    private ContentVariant()
    {
    }

    internal ContentVariant(ContentItem item, string culture, string title, DateTime nowUtc)
    {
        ContentItemId = item.Id;
        DocumentType = item.Type;
        Culture = culture;
        Title = title;
        CreatedUtc = nowUtc;
        UpdatedUtc = nowUtc;
    }

    public Guid ContentItemId { get; private set; }

    /// <summary>Copied from the item so that slugs can be unique per culture and section in the database.</summary>
    public DocumentType DocumentType { get; private set; }

    public string Culture { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public string? Summary { get; set; }

    public string BodyHtml { get; set; } = "";

    public string? SeoDescription { get; set; }

    /// <summary>When this culture first went live (kept across republishing).</summary>
    public DateTime? FirstPublishedUtc { get; private set; }

    public DateTime? PublishedUtc { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public void SetTitle(string title, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ContentRuleException($"A {Culture} title cannot be empty.");
        }

        Title = title.Trim();
        UpdatedUtc = nowUtc;
    }

    /// <summary>Moves the live address (the editorial services leave a redirect behind).</summary>
    public void SetSlug(string slug, DateTime nowUtc)
    {
        if (!SlugGenerator.IsValid(slug))
        {
            throw new ContentRuleException($"'{slug}' is not a valid slug: use a-z, 0-9 and single hyphens.");
        }

        if (Slug != slug)
        {
            Slug = slug;
            UpdatedUtc = nowUtc;
        }
    }

    public void Touch(DateTime nowUtc) => UpdatedUtc = nowUtc;

    /// <summary>When readers were last told of a change (a significant publish with a change note); null when never.</summary>
    public DateTime? PublicUpdatedUtc { get; private set; }

    /// <summary>Readers are told of a change made at <paramref name="utc"/>; null when they were never told (an imported history without notes).</summary>
    public void MarkSignificantChange(DateTime? utc) => PublicUpdatedUtc = utc;

    internal void Publish(DateTime nowUtc, DateTime? firstPublishedUtc)
    {
        if (string.IsNullOrWhiteSpace(Slug))
        {
            throw new ContentRuleException($"The {Culture} variant has no slug and cannot be published.");
        }

        PublishedUtc = nowUtc;
        FirstPublishedUtc = firstPublishedUtc ?? FirstPublishedUtc ?? nowUtc;
        UpdatedUtc = nowUtc;
    }
}
