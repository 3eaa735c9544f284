using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// One culture of a document: its address, its working title (for lists), which version changed it
/// last and which one is live, and the <see cref="CultureState"/> that follows, kept in a column so
/// lists of 100,000 items filter and show states without reading a body.
/// </summary>
public sealed class DocumentCulture
{
    // For EF Core.
    private DocumentCulture()
    {
    }

    public DocumentCulture(Guid documentId, DocumentType type, string culture, string slug, string title)
    {
        DocumentId = documentId;
        DocumentType = type;
        Culture = culture;
        Slug = slug;
        Title = title;
    }

    public Guid DocumentId { get; private set; }

    /// <summary>Copied from the document: slugs are unique per culture and section.</summary>
    public DocumentType DocumentType { get; private set; }

    public string Culture { get; private set; } = "";

    public string Slug { get; set; } = "";

    /// <summary>The working copy's title.</summary>
    public string Title { get; set; } = "";

    /// <summary>The last version that changed this culture's text.</summary>
    public int ChangedVersion { get; set; }

    /// <summary>The version live in this culture, if any.</summary>
    public int? PublishedVersion { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public DateTime? FirstPublishedUtc { get; set; }

    public string? PublishedByName { get; set; }

    public CultureState State { get; private set; }

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedByName { get; set; } = "";

    /// <summary>Recomputes <see cref="State"/> (see <see cref="CultureStateRules"/>).</summary>
    /// <summary>
    /// For a translation: the default culture's <see cref="ChangedVersion"/> it was last written
    /// against (or marked up to date with). Null for the default culture, or when there was no source.
    /// </summary>
    public int? SourceVersion { get; private set; }

    /// <summary>The default culture's text changed after <see cref="SourceVersion"/>: kept in a column so lists filter by it.</summary>
    public bool IsOutOfDate { get; private set; }

    /// <summary>A submission of this culture waits for a reviewer's decision (shown as "in review"; the state stays what it is).</summary>
    public bool InReview { get; private set; }

    /// <summary>This translation now follows <paramref name="source"/> as it stands (its text was written, or someone said it is up to date).</summary>
    public void TranslatedFrom(DocumentCulture? source)
    {
        SourceVersion = source is null || ReferenceEquals(source, this) ? null : source.ChangedVersion;
        RefreshTranslation(source, sourceTextAsFollowed: true);
    }

    /// <summary>
    /// Out of date while the source changed after the version this follows, unless its text is, after
    /// all, the text this follows (<paramref name="sourceTextAsFollowed"/>: a change undone, a rollback).
    /// </summary>
    public void RefreshTranslation(DocumentCulture? source, bool sourceTextAsFollowed) =>
        IsOutOfDate = source is not null && !ReferenceEquals(source, this) && SourceVersion is { } from && source.ChangedVersion > from && !sourceTextAsFollowed;

    /// <summary>Whether the source's current text has moved on from the version this follows (only then need the texts be compared).</summary>
    public bool SourceMovedOn(DocumentCulture? source) =>
        source is not null && !ReferenceEquals(source, this) && SourceVersion is { } from && source.ChangedVersion > from;

    public void RefreshState(int invariantChangedVersion, int? publishedInvariantVersion, bool publishScheduled, bool inReview)
    {
        State = CultureStateRules.StateOf(ChangedVersion, PublishedVersion, invariantChangedVersion, publishedInvariantVersion, publishScheduled);
        InReview = inReview;
    }
}
