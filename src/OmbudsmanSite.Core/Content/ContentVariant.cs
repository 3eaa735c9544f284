using OmbudsmanSite.Core.Slugs;

namespace OmbudsmanSite.Core.Content;

/// <summary>
/// One language of a content item: its own title, slug, text and publication state, so az can be
/// live while ru is still a draft.
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

    public PublicationState State { get; private set; }

    /// <summary>Set on the first publish and never cleared: from then on the slug is frozen.</summary>
    public DateTime? FirstPublishedUtc { get; private set; }

    public DateTime? PublishedUtc { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public bool IsPublished => State == PublicationState.Published;

    /// <summary>A slug that has ever been public stays, so links and bookmarks keep working.</summary>
    public bool IsSlugFrozen => FirstPublishedUtc is not null;

    public void SetTitle(string title, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ContentRuleException($"A {Culture} title cannot be empty.");
        }

        Title = title.Trim();
        UpdatedUtc = nowUtc;
    }

    /// <summary>Assigns the slug unless it is frozen. Returns whether it changed.</summary>
    public bool TrySetSlug(string slug, DateTime nowUtc)
    {
        if (!SlugGenerator.IsValid(slug))
        {
            throw new ContentRuleException($"'{slug}' is not a valid slug: use a-z, 0-9 and single hyphens.");
        }

        if (IsSlugFrozen || Slug == slug)
        {
            return false;
        }

        Slug = slug;
        UpdatedUtc = nowUtc;
        return true;
    }

    public void Touch(DateTime nowUtc) => UpdatedUtc = nowUtc;

    internal void Publish(DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(Slug))
        {
            throw new ContentRuleException($"The {Culture} variant has no slug and cannot be published.");
        }

        State = PublicationState.Published;
        PublishedUtc = nowUtc;
        FirstPublishedUtc ??= nowUtc;
        UpdatedUtc = nowUtc;
    }

    internal void Unpublish(DateTime nowUtc)
    {
        State = PublicationState.Draft;
        UpdatedUtc = nowUtc;
    }
}
